import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { indexChunkSize } from '../../src/tooling/pagefind-index.ts';
import { indexFolder } from '../support/index-folder.ts';
import { launchChromium } from '../../src/tooling/chromium.ts';

/**
 * The build splits the search index into small chunks (src/tooling/pagefind-index.ts) so a first search
 * downloads less. Pagefind picks the chunks a query needs from their first and last words, and a
 * smaller chunk means more boundaries where a word or a prefix can be missed. This test runs each
 * query below as a reader's first search, in a fresh page, against the built index and against the
 * same pages indexed into one single chunk, and fails when the built index finds fewer pages.
 * The list mixes whole words from every section, multi-word queries and the prefixes a reader types
 * on the way to a word (search runs as they type).
 */
const queries = [
  'gvisor',
  'kata',
  'firecracker',
  'namespace',
  'namespaces',
  'cgroup',
  'cgroups',
  'seccomp',
  'hypervisor',
  'kvm',
  'qemu',
  'container',
  'containers',
  'kernel',
  'webassembly',
  'wasm',
  'unikernel',
  'runc',
  'ebpf',
  'virtio',
  'microvm',
  'snapshot',
  'isolation',
  'syscall',
  'capabilities',
  'selinux',
  'apparmor',
  'docker',
  'podman',
  'windows',
  'spectre',
  'rootless',
  'overhead',
  'glossary',
  'type 2 hypervisor',
  'kata containers',
  'user namespace',
  'hardware virtualization',
  'attack surface',
  'hyper',
  'virt',
  'contain',
  'names',
  'sec',
  'iso',
  'fire',
  'kat',
  'gv',
  'vm',
  'sys',
  'cap',
];
/** The queries above that are the start of a word rather than a word. */
const prefixes = ['hyper', 'virt', 'contain', 'names', 'sec', 'iso', 'fire', 'kat', 'gv', 'sys', 'cap'];

interface Found {
  query: string;
  urls: string[];
}

async function firstSearches(context: BrowserContext, siteUrl: string): Promise<Found[]> {
  const found: Found[] = [];
  for (const query of queries) {
    const page = await context.newPage();
    await page.goto(siteUrl);
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('./pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const { results } = await pagefind.search(${JSON.stringify(query)});
      return results.map((r) => r.id);
    })()`)) as string[];
    found.push({ query, urls: urls.sort() });
    await page.close();
  }
  return found;
}

describe(`search with ${indexChunkSize}-location index chunks`, () => {
  const siteDir = inject('siteDir');
  let single: StaticServer;
  let singleDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let built: Found[];
  let reference: Found[];

  beforeAll(async () => {
    singleDir = mkdtempSync(join(tmpdir(), 'search-recall-'));
    cpSync(siteDir, singleDir, { recursive: true, filter: (src) => !src.startsWith(join(siteDir, 'pagefind')) });
    await indexFolder(singleDir, { chunkSize: 1e9 });
    single = await serveStatic(singleDir, { base: '/' });
    browser = await launchChromium();
    context = await browser.newContext();
    built = await firstSearches(context, inject('siteUrl'));
    reference = await firstSearches(context, single.url);
  });
  afterAll(async () => {
    await browser?.close();
    await single?.close();
    if (singleDir) rmSync(singleDir, { recursive: true, force: true });
  });

  it('really is split into several chunks, while the reference is one', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(siteDir, 'pagefind/index')).length).toBeGreaterThan(5);
    expect(readdirSync(join(singleDir, 'pagefind/index'))).toHaveLength(1);
  });

  const losses = () =>
    built.map((b, i) => ({
      query: b.query,
      found: b.urls.length,
      missing: reference[i]!.urls.filter((id) => !b.urls.includes(id)).length,
      expected: reference[i]!.urls.length,
    }));

  it('finds every page a single-chunk index finds, for every whole word and phrase on the list', () => {
    const lost = losses()
      .filter((q) => !prefixes.includes(q.query) && q.missing > 0)
      .map((q) => `"${q.query}": ${q.missing} of ${q.expected} pages missing`);
    expect(lost).toEqual([]);
  });

  // A prefix is expanded only to words in the chunk it falls in, so a prefix whose words straddle a
  // chunk boundary finds some of its pages until the reader types more (Pagefind does this at every
  // chunk size; smaller chunks have more boundaries). It must never find nothing.
  it('finds pages for every prefix a single-chunk index finds pages for', () => {
    expect(
      losses()
        .filter((q) => prefixes.includes(q.query) && q.expected > 0 && q.found === 0)
        .map((q) => q.query),
    ).toEqual([]);
  });

  it('finds something for every query on the list (so the list tests something)', () => {
    expect(reference.filter((r) => r.urls.length === 0).map((r) => r.query)).toEqual([]);
  });
});
