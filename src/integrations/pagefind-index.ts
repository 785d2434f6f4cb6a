import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { isIndexablePage, pageUrl, prepareForIndex } from '../model/search/index-html.ts';

/**
 * Builds the full-text search index at the end of `astro build`, into `<outDir>/pagefind/`.
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
 * header cells, captions and figure captions the sentence breaks Pagefind adds only after `<td>`/`<p>`.
 */
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

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter(isIndexablePage).sort();
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
          const added = files.map((file, i) => ({ file, response: responses[i]! }));
          const problems = added.flatMap(({ file, response }) => response.errors.map((e) => `${file}: ${e}`));
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
          throw new Error('The search index is empty: no built page has a data-pagefind-body element. Check DocLayout.astro.');
        }
        logger.info(`Indexed ${pages} of ${files.length} HTML files for search in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
