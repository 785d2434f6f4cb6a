import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexedPart, prepareForIndex } from '../model/search/index-html.ts';
import { withoutBase } from '../model/urls.ts';
import { inStartOrder, openSearchIndex, type SearchIndex } from '../tooling/pagefind-index.ts';

interface IndexedPage {
  url: string;
  html: string;
}

/**
 * Builds the full-text search index, `<outDir>/pagefind/`, while Astro renders the pages: each page's
 * HTML goes to Pagefind as soon as it is rendered (Pagefind indexes on its own threads, beside
 * Astro's rendering), and the index files are written once the last page is done. Indexing the
 * finished build afterwards took a quarter of a 1,000-page build's time; alongside, it adds about
 * the time Pagefind needs to write its files (the README's performance section has the figures).
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
 * Pagefind receives `prepareForIndex(indexedPart(html))`: the page without its header and sidebar,
 * which lie outside the indexed element; table header cells, captions and figure captions renamed
 * to elements Pagefind ends a sentence after; element ids kept only where they make sub-results
 * (headings). The page written to disk is the one Astro rendered, untouched.
 * Pages reach Pagefind in the order Astro starts rendering them, whatever order they finish in
 * (`inStartOrder`), so two builds of the same site write the same index files.
 */
export function searchIndex(options: { exit?: (code: number) => void } = {}): AstroIntegration {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let base = '/';
  let index: SearchIndex | undefined;
  let started = 0;
  let rendered = 0;
  const queue = inStartOrder<IndexedPage>((page) => index?.add(page.url, page.html));

  const withIndexing = (renderer: AstroPrerenderer): AstroPrerenderer => ({
    ...renderer,
    name: `${renderer.name}+search-index`,
    setup: async () => {
      started = performance.now();
      [index] = await Promise.all([openSearchIndex(), renderer.setup?.()]);
    },
    render: async (request, renderOptions) => {
      const ticket = queue.take();
      let page: IndexedPage | undefined;
      try {
        const result = await renderer.render(request, renderOptions);
        const response = result instanceof Response ? result : result.response;
        if (renderOptions.routeData.type !== 'page' || response.status !== 200) return result;
        // The body can be read once: keep the text for the index and hand Astro a response with it.
        const html = await response.text();
        rendered++;
        const part = indexedPart(html);
        if (part) page = { url: withoutBase(new URL(request.url).pathname, base), html: prepareForIndex(part) };
        const copy = new Response(html, { status: 200, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? copy : { ...result, response: copy };
      } finally {
        queue.put(ticket, page);
      }
    },
  });

  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer(withIndexing);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!index) return;
        try {
          const pages = await index.write(fileURLToPath(dir));
          if (pages === 0) {
            throw new Error(
              'The search index is empty: no page has a data-pagefind-body element. Check DocLayout.astro.',
            );
          }
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${pages} of ${rendered} HTML pages for search, alongside rendering (${ms} ms in all).`);
        } catch (error) {
          await index.close();
          logger.error(error instanceof Error ? error.message : String(error));
          exit(1);
        }
      },
    },
  };
}
