import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';

describe('static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(dir, 'page'));
    writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(dir, 'page/index.html'), '<h1>page</h1>');
    writeFileSync(join(dir, '404.html'), '<h1>missing</h1>');
    server = await serveStatic(dir, { base: '/guide/' });
  });
  afterAll(() => server.close());

  it('serves pages under the base path, on loopback only', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/guide\/$/);
    const res = await fetch(`${server.url}page/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<h1>page</h1>');
  });

  it('answers 404 with the site’s 404 page outside the base or for missing files', async () => {
    for (const path of ['/page/', '/guide/nope/', '/guide/../etc/passwd']) {
      const res = await fetch(`${server.origin}${path}`);
      expect(res.status, path).toBe(404);
    }
    expect(await (await fetch(`${server.origin}/guide/nope/`)).text()).toBe('<h1>missing</h1>');
  });

  it('redirects a directory URL without its trailing slash', async () => {
    const res = await fetch(`${server.url}page`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/guide/page/');
  });
});
