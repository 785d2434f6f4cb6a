import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { buildSite as build, projectRoot as root } from './build.ts';
import { chromiumPath } from '../../../src/tooling/chromium.ts';

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
