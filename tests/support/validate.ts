import { formatProblem } from '../../src/problems/problems.ts';
import { validateProject } from '../../src/validation/validate.ts';
import { fixturePath } from './paths.ts';

/** Validate a fixture project under tests/fixtures/. */
export const validateFixture = (name: string) => validateProject(fixturePath(name));

/** Every problem of a fixture project, as the `file:line:column severity: message` lines a contributor sees. */
export const report = (name: string): string[] => validateFixture(name).problems.map(formatProblem);

/** Only the errors of a fixture project, formatted the same way. */
export const errors = (name: string): string[] =>
  validateFixture(name)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
