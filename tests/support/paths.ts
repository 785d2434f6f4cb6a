import { join } from 'node:path';
import { projectRoot } from '../../scripts/lib/project.ts';

export { projectRoot };

/** The root of a fixture mini-project under `tests/fixtures/`. */
export function fixturePath(name: string): string {
  return join(projectRoot, 'tests/fixtures', name);
}
