// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readEnv } from './src/site.config.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { renderDiagrams } from './src/integrations/diagrams.ts';

const env = readEnv();

export default defineConfig({
  site: env.site,
  base: env.base,
  outDir: env.outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Pages are static documents: no prefetch, no client router, no framework runtime.
  integrations: [validateContent(), renderDiagrams(), mdx(), sitemap()],
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX module logs a harmless "use astro:head-inject" directive warning; drop exactly that one.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
