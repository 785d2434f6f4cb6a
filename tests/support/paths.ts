import { join } from 'node:path';

/** The repository root, wherever a test file sits below `tests/`. */
export const projectRoot = join(import.meta.dirname, '../..');

/** The root of a fixture mini-project under `tests/fixtures/`. */
export function fixturePath(name: string): string {
  return join(projectRoot, 'tests/fixtures', name);
}
