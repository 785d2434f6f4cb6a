import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Index chunks are counted in word locations: `indexChunkSize` of them per chunk (Pagefind's default
 * is 20,000, about 29 KB gzip per chunk here). A reader's first search downloads one chunk per search
 * term, so a smaller chunk is a smaller first search. Pagefind reads it only from the environment
 * variable PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, which is why `pagefind` is pinned to an exact version
 * and tests/e2e/search-recall.test.ts checks that fixed queries keep their results.
 */
export const indexChunkSize = 6000;

/**
 * Pagefind writes its ready-made search UIs next to the index. Our dialog uses only the JS API
 * (pagefind.js, its WebAssembly and the index), so these would be deployed and never requested.
 * pagefind-worker.js stays: Pagefind falls back to it if a future version ignores `noWorker`.
 */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** A search index being built: pages go in as they are rendered, the files come out at the end. */
export interface SearchIndex {
  /** Hand one page to Pagefind (`url` without the base path, e.g. `/hypervisors/`). Order matters: see `inOrder`. */
  add(url: string, html: string): void;
  /** Wait for every page, write `<outDir>/pagefind/` and stop Pagefind; returns how many pages it indexed. */
  write(outDir: string): Promise<number>;
  /** Stop Pagefind without writing (a failed build). */
  close(): Promise<void>;
}

/**
 * Starts Pagefind (its binary runs as a child process and indexes pages on its own threads, so pages
 * added while the site is still rendering are indexed alongside it).
 */
export async function openSearchIndex(options: { chunkSize?: number } = {}): Promise<SearchIndex> {
  // Read by the Pagefind binary, which the Node API starts with this process's environment.
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(options.chunkSize ?? indexChunkSize);
  const { index, errors } = await pagefind.createIndex({}).finally(() => {
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Promise<string[]>[] = [];
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await pagefind.close();
  };
  return {
    add(url, html) {
      pending.push(index.addHTMLFile({ url, content: html }).then((r) => r.errors.map((e) => `${url}: ${e}`)));
    },
    async write(outDir) {
      try {
        const problems = (await Promise.all(pending)).flat();
        if (problems.length > 0) throw new Error(`Pagefind could not index some pages:\n${problems.join('\n')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      } finally {
        await close();
      }
      const bundle = join(outDir, 'pagefind');
      await Promise.all(unusedBundleFiles.map((name) => rm(join(bundle, name), { force: true })));
      const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    },
    close,
  };
}

/**
 * Passes values on in the order their tickets were taken, whatever order they arrive in: take a
 * ticket when a job starts, `put(ticket, value)` when it ends (`undefined`: nothing to pass on).
 * Astro starts rendering pages in route order but, two at a time, finishes them in a varying order;
 * Pagefind numbers pages in the order it receives them, so without this the content-hashed index
 * files would differ from one build of the same site to the next.
 */
export function inStartOrder<T>(deliver: (value: T) => void) {
  const waiting = new Map<number, T | undefined>();
  let taken = 0;
  let next = 0;
  return {
    take: (): number => taken++,
    put(ticket: number, value: T | undefined) {
      waiting.set(ticket, value);
      while (waiting.has(next)) {
        const ready = waiting.get(next);
        waiting.delete(next);
        next++;
        if (ready !== undefined) deliver(ready);
      }
    },
    /** Tickets taken whose value has not been put yet. */
    get outstanding(): number {
      return taken - next;
    },
  };
}
