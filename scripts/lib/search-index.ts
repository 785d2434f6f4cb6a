import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { isIndexablePage, pageUrl, prepareForIndex } from '../../src/model/search/index-html.ts';

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

async function removeUnusedBundleFiles(bundleDir: string): Promise<void> {
  await Promise.all(unusedBundleFiles.map((name) => rm(join(bundleDir, name), { force: true })));
}

/**
 * Builds the full-text search index of a finished build, into `<outDir>/pagefind/`. `npm run build`
 * (scripts/build.ts) calls it after `astro build` has exited, so Astro's memory is released before
 * Pagefind reads the pages (measured on the 1,000-page synthetic site: peak memory of the whole
 * build 1.27 GB, against 1.45 GB when it ran inside Astro's `astro:build:done` hook).
 *
 * What gets indexed is decided by the markup (see DocLayout.astro):
 * - only pages with a `data-pagefind-body` element, and only that element's content;
 * - `data-pagefind-ignore` removes navigation, table of contents, breadcrumbs and footer;
 * - `data-pagefind-meta="title"` sets a result's title; `data-pagefind-filter="section"` its section.
 * A technology page adds its kind the same way, on an element inside the body:
 * `<span hidden data-pagefind-ignore data-pagefind-filter="kind">Hypervisor</span>` (hidden and ignored
 * so the label is a filter value, not text of the page), or `data-pagefind-filter="kind:Hypervisor"`.
 * A glossary term is a heading with an id and the maximum weight, `<h2 id="namespace"
 * data-pagefind-weight="10">Namespace</h2>` (headings otherwise weigh 7 for h1 down to 2 for h6): the
 * glossary then outranks a page that merely uses the word often, and the term shows as a sub-result
 * linking to `/glossary/#namespace`. tests/e2e/search-markup.test.ts checks both of these recipes.
 *
 * Each page is handed to Pagefind through its Node API after `prepareForIndex`, which gives table
 * header cells, captions and figure captions the sentence breaks Pagefind adds only after `<td>`/`<p>`,
 * and keeps element ids only where they make sub-results (headings): Pagefind copies the text of every
 * element with an id into the page's fragment as an anchor, which a reader downloads with each result.
 */
export async function indexSite(outDir: string, log: (message: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter(isIndexablePage).sort();
  // Read by the Pagefind binary, which the Node API starts with this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Every page is sent in sorted order, in one synchronous pass: pages handed over as their file
    // reads finished reached Pagefind in arbitrary order, and the content-hashed index files then
    // differed between builds. Pagefind still indexes them concurrently.
    const contents = await Promise.all(files.map((file) => readFile(join(outDir, file), 'utf8')));
    const responses = await Promise.all(
      files.map((file, i) => index.addHTMLFile({ url: pageUrl(file), content: prepareForIndex(contents[i]!) })),
    );
    const problems = files.flatMap((file, i) => responses[i]!.errors.map((e) => `${file}: ${e}`));
    if (problems.length > 0) throw new Error(`Pagefind could not index some pages:\n${problems.join('\n')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  await removeUnusedBundleFiles(join(outDir, 'pagefind'));
  const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  if (pages === 0) {
    throw new Error(
      'The search index is empty: no built page has a data-pagefind-body element. Check DocLayout.astro.',
    );
  }
  log(`Indexed ${pages} of ${files.length} HTML files for search in ${Math.round(performance.now() - started)} ms.`);
}
