import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { prepareForIndex } from '../../src/model/search/index-html.ts';
import { pageUrl } from '../support/index-folder.ts';
import { launchChromium } from '../../src/tooling/chromium.ts';

/**
 * The markup other pages use to tune search, as documented in src/integrations/search-index.ts, checked
 * against a small site indexed the way the build does it: technology pages add a `kind` filter, and
 * glossary terms are headings with data-pagefind-weight="10" so they rank first for their own name.
 */
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1>${body}</article></body></html>`;
const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i} about processes, kernels and isolation on a shared host.</p>`,
  ).join('');
const terms = [
  'Kernel',
  'Namespace',
  'Cgroup',
  'Container',
  'Hypervisor',
  'Seccomp',
  'Capabilities',
  'Overlay filesystem',
];

/** A glossary, a page that uses "namespace" often, and two technology pages. */
function site(termWeight: string | undefined): Record<string, string> {
  const weight = termWeight ? ` data-pagefind-weight="${termWeight}"` : '';
  const definitions = terms.map(
    (t) =>
      `<h2 id="${t.toLowerCase()}"${weight}>${t}</h2><p>A definition of ${t.toLowerCase()} with some words about the kernel and processes that run in containers on a host.</p>`,
  );
  return {
    'glossary/index.html': doc('Glossary', definitions.join('')),
    'linux-building-blocks/index.html': doc(
      'Linux building blocks',
      `<p>A namespace wraps a resource. Each namespace type: PID namespace, network namespace, mount namespace, user namespace.</p>${filler(30)}` +
        '<h2 id="ns">Namespaces</h2><p>Namespaces and more namespaces, namespace after namespace.</p>',
    ),
    'technologies/kvm/index.html': doc(
      'KVM',
      '<span hidden data-pagefind-ignore data-pagefind-filter="kind">Hypervisor</span><p>A kernel module.</p>',
    ),
    'technologies/runc/index.html': doc(
      'runc',
      '<dl><dt>Kind</dt><dd data-pagefind-filter="kind">Container runtime</dd></dl><p>A low-level runtime.</p>',
    ),
  };
}

/** Write the pages, index them the way the build does, and serve the folder. */
async function serveIndexed(pages: Record<string, string>): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'search-markup-'));
  const { index } = await pagefind.createIndex({});
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), html);
    await index!.addHTMLFile({ url: pageUrl(file), content: prepareForIndex(html) });
  }
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await index!.deleteIndex();
  return serveStatic(dir, { base: '/' });
}

interface Found {
  url: string;
  subResults: string[];
  content: string;
}

describe('markup that tunes search, on a fixture indexed like the build', () => {
  let weighted: StaticServer;
  let plain: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    weighted = await serveIndexed(site('10'));
    plain = await serveIndexed(site(undefined));
    await pagefind.close();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([weighted?.close(), plain?.close()]);
  });

  /** Run `fn` with Pagefind loaded in a page of the fixture served by `server`. */
  async function inPage<T>(server: StaticServer, fn: (pagefind: unknown) => Promise<T>): Promise<T> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    const result = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      return (${fn.toString()})(pagefind);
    })()`)) as T;
    await context.close();
    return result;
  }

  const searchNamespace = (server: StaticServer) =>
    inPage(server, async (pf) => {
      const api = pf as {
        search: (q: string) => Promise<{
          results: { data: () => Promise<{ url: string; content: string; sub_results: { url: string }[] }> }[];
        }>;
      };
      const { results } = await api.search('namespace');
      return Promise.all(
        results.map(async (r) => {
          const d = await r.data();
          return { url: d.url, content: d.content, subResults: d.sub_results.map((s) => s.url) };
        }),
      );
    }) as Promise<Found[]>;

  it('gives technology pages a kind filter, from a hidden ignored element or from visible text', async () => {
    const filters = await inPage(weighted, async (pf) => (pf as { filters: () => Promise<unknown> }).filters());
    expect(filters).toEqual({ kind: { Hypervisor: 1, 'Container runtime': 1 } });
    const kvm = await inPage(weighted, async (pf) => {
      const api = pf as {
        search: (
          q: string | null,
          o: unknown,
        ) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
      };
      const { results } = await api.search(null, { filters: { kind: { any: ['Hypervisor'] } } });
      return Promise.all(results.map((r) => r.data()));
    });
    expect(kvm.map((f) => f.url)).toEqual(['/technologies/kvm/']);
    expect(kvm[0]!.content).not.toContain('Hypervisor');
  });

  it('ranks the glossary first for a term it defines once its headings weigh 10, with a sub-result to the term', async () => {
    const before = await searchNamespace(plain);
    expect(before.map((f) => f.url)).toEqual(['/linux-building-blocks/', '/glossary/']);
    const after = await searchNamespace(weighted);
    expect(after.map((f) => f.url)).toEqual(['/glossary/', '/linux-building-blocks/']);
    expect(after[0]!.subResults).toEqual(['/glossary/#namespace']);
    expect(after.every((f) => !f.content.includes('Menu'))).toBe(true);
  });
});
