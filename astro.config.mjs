// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readEnv } from './src/site.config.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { renderDiagrams } from './src/integrations/render-diagrams.ts';
import { searchIndex } from './src/integrations/search-index.ts';

const env = readEnv();

/** `_astro/<name>.<hash>.js`, the name without the `.astro_astro_type_script_index_0_lang` of component scripts. */
const scriptFileName = (/** @type {{ name: string }} */ chunk) =>
  `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '').replace(/[^\w-]/g, '_')}.[hash].js`;

export default defineConfig({
  site: env.site,
  base: env.base,
  outDir: env.outDir,
  trailingSlash: 'always',
  // Code blocks here are short commands. Shiki's inline colours ignore the theme switch and need
  // inline styles; plain blocks styled by global.css follow the theme and keep the CSP strict.
  markdown: { syntaxHighlight: false },
  // Two pages rendered at a time, so one page's awaits (data, file writes) overlap another's
  // rendering. On 1,000 pages, 4 and 8 measured no faster and no lighter than 2.
  build: { format: 'directory', concurrency: 2 },
  // Every page gets a Content-Security-Policy meta tag with hashes of its scripts: no 'unsafe-inline'
  // for scripts. Styles allow inline because build-time diagrams are inline SVG with <style> blocks.
  // The same policy, plus headers a meta tag cannot carry, is written to dist/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which CSP only allows with 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // Pages are static documents: no prefetch, no client router, no framework runtime.
  // renderDiagrams() runs first (renders changed diagrams when Chromium is there); mdx() provides the
  // renderer for topic bodies, which src/collections/topic-content.ts compiles while each page renders;
  // searchIndex() hands each page to Pagefind as soon as it is rendered and writes the index at the end.
  integrations: [validateContent(), renderDiagrams(), mdx(), sitemap(), searchIndex(), securityHeaders()],
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            // Browser scripts are named after their component (`_astro/BaseLayout.<hash>.js`) rather than
            // Vite's module id (`BaseLayout.astro_astro_type_script_index_0_lang.<hash>.js`): every page
            // names three of them, and the HTML around a page's content has a 4 KB budget.
            output: { entryFileNames: scriptFileName, chunkFileNames: scriptFileName },
          },
        },
      },
    },
    build: {
      // The script every page runs (src/client/page.ts: the search button, the sidebar position, the
      // table-of-contents marker, copy as Markdown) is a file, cached once for the whole site, instead
      // of about 1.3 KB gzip inlined into each page's HTML. A tool page's own small script stays
      // inline; any other asset follows Vite's 4 KB rule.
      assetsInlineLimit: (file) => (/(^|\/)BaseLayout\.[\w-]+\.js$/.test(file) ? false : undefined),
    },
  },
});
