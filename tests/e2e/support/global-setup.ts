import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built at the root, e.g. `http://127.0.0.1:PORT/`. */
    siteUrl: string;
    /** The same site built with BASE_PATH=/guide/, e.g. `http://127.0.0.1:PORT/guide/`. */
    guideUrl: string;
    /** Output folders of the two builds, for tests that read files. */
    siteDir: string;
    guideDir: string;
  }
}

const root = join(import.meta.dirname, '../../..');

function build(outDir: string, basePath: string) {
  rmSync(join(root, outDir), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: basePath, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

export default async function setup(project: TestProject) {
  chromiumPath(); // fail before building when no browser is available
  build('dist-test', '/');
  build('dist-test-guide', '/guide/');
  const servers: StaticServer[] = [
    await serveStatic(join(root, 'dist-test'), { base: '/' }),
    await serveStatic(join(root, 'dist-test-guide'), { base: '/guide/' }),
  ];
  project.provide('siteUrl', servers[0]!.url);
  project.provide('guideUrl', servers[1]!.url);
  project.provide('siteDir', join(root, 'dist-test'));
  project.provide('guideDir', join(root, 'dist-test-guide'));
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
