import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../src/problems/problems.ts';
import { validateProject } from '../../../src/validation/validate.ts';
import { ScaffoldError, type ScaffoldPlan } from './plan.ts';

/** Write the plan: a new file is created only if none exists (checked again at write time). */
export function applyScaffold(root: string, plan: ScaffoldPlan): void {
  const path = join(root, plan.file);
  if (plan.mode === 'create') {
    try {
      writeFileSync(path, plan.text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new ScaffoldError(`${plan.file} already exists; nothing was written.`);
      throw error;
    }
    return;
  }
  const text = readFileSync(path, 'utf8');
  const at = plan.offset ?? text.length;
  writeFileSync(path, text.slice(0, at) + plan.text + text.slice(at));
}

/** The problems validation finds in the file just written. */
export function problemsIn(root: string, file: string): Problem[] {
  return validateProject(root).problems.filter((p) => p.file === file);
}
