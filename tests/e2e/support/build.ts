import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, projectRoot } from '../../../scripts/lib/project.ts';

export { projectRoot };

/** A clean production build of the site into `outDir` (relative to the project), under `basePath`. */
export function buildSite(outDir: string, basePath: string): void {
  rmSync(join(projectRoot, outDir), { recursive: true, force: true });
  const build = astroBuild({ args: ['--silent'], env: { OUT_DIR: outDir, BASE_PATH: basePath } });
  execFileSync(build.command, build.args, { ...build.options, stdio: ['ignore', 'inherit', 'inherit'] });
}
