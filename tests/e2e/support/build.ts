import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../../..');

/** A clean production build of the site into `outDir` (relative to the project), under `basePath`, as `npm run build` makes it. */
export function buildSite(outDir: string, basePath: string): void {
  rmSync(join(projectRoot, outDir), { recursive: true, force: true });
  execFileSync(process.execPath, [join(projectRoot, 'scripts/build.ts'), '--silent'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: basePath, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
