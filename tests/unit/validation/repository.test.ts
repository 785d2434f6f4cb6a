import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/problems/problems.ts';
import { validateProject } from '../../../src/validation/validate.ts';
import { projectRoot } from '../../support/paths.ts';

describe('the content of this repository', () => {
  const { problems, topics, data } = validateProject(projectRoot);

  it('has no errors in its pages, data or diagrams (run `npm run validate` to list them)', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(topics.length).toBeGreaterThanOrEqual(3);
    expect(Object.values(data).every((entries) => entries.length > 0)).toBe(true);
  });

  it('has every diagram rendered (else run `npm run diagrams` and commit the result)', () => {
    expect(problems.filter((p) => p.file.startsWith('content/diagrams/')).map(formatProblem)).toEqual([]);
  });
});
