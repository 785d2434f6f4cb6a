import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../support/paths.ts';
import { brokenLinksMarkdown } from '../../../../scripts/lib/links/broken-links-report.ts';
import { checkUrl, checkUrls } from '../../../../scripts/lib/links/check-url.ts';
import { externalLinks } from '../../../../scripts/lib/links/external-links.ts';

/** A local server with one route per behaviour the checker must handle. */
let server: Server;
let base: string;
const requests: string[] = [];
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const routes: Record<string, () => void> = {
      '/ok': () => res.writeHead(200).end('fine'),
      '/moved': () => res.writeHead(301, { location: '/ok' }).end(),
      '/moved-to-missing': () => res.writeHead(302, { location: '/missing' }).end(),
      '/no-head': () => res.writeHead(req.method === 'HEAD' ? 405 : 200).end(),
      '/cdn': () => res.writeHead(req.method === 'HEAD' ? 403 : 200).end(),
      '/forbidden': () => res.writeHead(403).end(),
      '/slow': () => {}, // never answers
      '/wait': () => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200).end();
        }, 30);
      },
    };
    (routes[(req.url ?? '').replace(/\?.*/, '')] ?? (() => res.writeHead(404).end('not here')))();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const options = { timeoutMs: 500 };

describe('the external link checker', () => {
  it('accepts a 200, follows a redirect to a 200, and reports a 404 at the end of a redirect', async () => {
    expect(await checkUrl(`${base}/ok`, options)).toEqual({ url: `${base}/ok`, ok: true, status: 200 });
    expect(await checkUrl(`${base}/moved`, options)).toMatchObject({ ok: true, status: 200 });
    expect(await checkUrl(`${base}/missing`, options)).toMatchObject({ ok: false, status: 404 });
    expect(await checkUrl(`${base}/moved-to-missing`, options)).toMatchObject({ ok: false, status: 404 });
  });

  it('falls back to GET when a server refuses HEAD with 405 or 403, and reports a 403 that GET gets too', async () => {
    requests.length = 0;
    expect(await checkUrl(`${base}/no-head`, options)).toMatchObject({ ok: true, status: 200 });
    expect(requests).toEqual(['HEAD /no-head', 'GET /no-head']);
    expect(await checkUrl(`${base}/cdn`, options)).toMatchObject({ ok: true, status: 200 });
    expect(await checkUrl(`${base}/forbidden`, options)).toMatchObject({ ok: false, status: 403 });
  });

  it('reports a server that never answers as a timeout, and a closed port as a network error', async () => {
    expect(await checkUrl(`${base}/slow`, { timeoutMs: 200 })).toEqual({
      url: `${base}/slow`,
      ok: false,
      error: 'no response within 200 ms',
    });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkUrl(`http://127.0.0.1:${port}/`, options)).toEqual({
      url: `http://127.0.0.1:${port}/`,
      ok: false,
      error: 'ECONNREFUSED',
    });
  });

  it('keeps at most the given number of requests in flight and returns results in input order', async () => {
    const urls = ['/ok', '/missing', '/moved', '/ok', '/no-head'].map((p) => `${base}${p}`);
    const results = await checkUrls(urls, { ...options, concurrency: 2 });
    expect(results.map((r) => [r.url, r.ok])).toEqual(urls.map((u) => [u, !u.endsWith('/missing')]));
    mostInFlight = 0;
    await checkUrls(
      Array.from({ length: 6 }, (_, i) => `${base}/wait?${i}`),
      { ...options, concurrency: 3 },
    );
    expect(mostInFlight).toBe(3);
  });

  it('collects source URLs and links written in topic pages, skipping code, with where each is used', () => {
    const source = {
      id: 'a',
      title: 'A',
      publisher: 'P',
      url: 'https://example.org/a',
      accessed: '2026-01-01',
      kind: 'docs' as const,
    };
    const body =
      'See [the spec](https://example.org/spec) and <a href="https://example.org/a">a</a>.\n' + ' '.repeat(30) + '\n';
    const links = externalLinks(
      [{ value: source, file: 'content/data/sources/s.yaml' }],
      [{ file: 'content/topics/t.mdx', body }],
    );
    expect(links).toEqual([
      { url: 'https://example.org/a', usedBy: ['content/data/sources/s.yaml: source a', 'content/topics/t.mdx:1:55'] },
      { url: 'https://example.org/spec', usedBy: ['content/topics/t.mdx:1:16'] },
    ]);
  });

  it('writes the broken links as a Markdown table for an issue body', () => {
    const links = [
      { url: 'https://a.example/', usedBy: ['content/data/sources/s.yaml: source a'] },
      { url: 'https://b.example/|x', usedBy: ['t.mdx:3:4'] },
    ];
    const report = brokenLinksMarkdown(
      links,
      [
        { url: 'https://a.example/', ok: false, status: 410 },
        { url: 'https://b.example/|x', ok: false, error: 'ENOTFOUND' },
      ],
      '2026-11-30',
    );
    expect(report.split('\n').slice(0, 6)).toEqual([
      'Checked 2 external links on 2026-11-30. 2 are broken (status 400 or more, or no response):',
      '',
      '| Link | Problem | Used by |',
      '|---|---|---|',
      '| <https://a.example/> | HTTP 410 | content/data/sources/s.yaml: source a |',
      '| <https://b.example/\\|x> | ENOTFOUND | t.mdx:3:4 |',
    ]);
    expect(brokenLinksMarkdown(links, [{ url: 'https://a.example/', ok: true, status: 200 }], '2026-11-30')).toBe(
      'Checked 2 external links on 2026-11-30. None is broken.\n',
    );
  });

  it('runs from the command line: prints the report and exits 1 when a link is broken', async () => {
    const root = mkdtempSync(join(tmpdir(), 'check-links-'));
    try {
      // Source URLs must have a domain name, so the local server's links are written in a page.
      mkdirSync(join(root, 'content/topics'), { recursive: true });
      writeFileSync(
        join(root, 'content/topics/index.mdx'),
        `---\ntitle: T\n---\n\n[Moved](${base}/moved) and [gone](${base}/missing).\n`,
      );
      const run = promisify(execFile)(
        process.execPath,
        ['scripts/check-links.ts', '--root', root, '--timeout-ms', '1000'],
        { cwd: projectRoot },
      );
      const failure = await run.then(
        () => undefined,
        (e: { code: number; stdout: string }) => e,
      );
      expect(failure?.code).toBe(1);
      const missingAt = `[Moved](${base}/moved) and [gone](`.length + 1;
      expect(failure?.stdout).toContain(`| <${base}/missing> | HTTP 404 | content/topics/index.mdx:5:${missingAt} |`);
      expect(failure?.stdout).not.toContain('/moved>');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
