// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The data flow of src/, as the folders each folder may import from (besides itself). Imports run
 * one way: schemas -> collections -> validation | model -> components -> layouts -> pages, with
 * problems (the validation toolkit) and tooling underneath. README "Layout" describes the same flow.
 * A folder not listed for a layer is a forbidden import for it; the rule message names the layer.
 */
/** @type {Record<string, string[]>} */
const layers = {
  schemas: [],
  problems: [],
  tooling: [],
  security: [],
  collections: ['diagrams', 'schemas', 'problems', 'tooling'],
  diagrams: ['schemas', 'problems', 'tooling'],
  model: ['collections', 'schemas', 'problems', 'site.config.ts'],
  validation: ['collections', 'model', 'diagrams', 'schemas', 'problems', 'tooling'],
  client: ['model'],
  components: ['model', 'collections', 'schemas', 'security', 'client', 'site.config.ts'],
  layouts: ['components', 'model', 'schemas', 'styles', 'site.config.ts'],
  pages: ['layouts', 'components', 'model', 'collections', 'schemas', 'site.config.ts'],
  integrations: ['validation', 'diagrams', 'model', 'collections', 'problems', 'security', 'tooling'],
};
const srcEntries = [...Object.keys(layers), 'styles', 'site.config.ts', 'content.config.ts', 'env.d.ts'];

const zones = [
  {
    // Components get diagrams as figures from src/collections/diagrams.ts; of src/diagrams they use
    // only the pure parts (figure types, stack descriptions), never the readers or the renderer.
    target: './src/components',
    from: './src/diagrams',
    except: ['./embed.ts', './stack.ts'],
    message: 'Components use only src/diagrams/embed.ts and stack.ts; get figures from src/collections/diagrams.ts.',
  },
  {
    target: './src',
    from: ['./scripts', './tests'],
    message: 'Code in src/ must not import scripts/ or tests/: move what both need into src/.',
  },
  ...Object.entries(layers).flatMap(([layer, allowed]) =>
    srcEntries
      .filter(
        (entry) => entry !== layer && !allowed.includes(entry) && !(layer === 'components' && entry === 'diagrams'),
      )
      .map((entry) => ({
        target: `./src/${layer}`,
        from: `./src/${entry}`,
        message: `src/${layer} may import only from ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'} (see README "Layout").`,
      })),
  ),
];

const nodeFs = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
  name,
  message: 'Components, layouts and pages read no files: load the data in src/collections and pass it in.',
}));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'bench-report/',
      'coverage/',
      'tests/fixtures/',
      'content/',
      'schemas/',
      'public/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/components/**', 'src/layouts/**', 'src/pages/**'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeFs }] },
  },
  {
    // Pure code: the browser runs some of it, and the rest must stay testable without a file system.
    files: ['src/model/**', 'src/schemas/**', 'src/problems/**', 'src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'This folder is pure code: no Node built-ins (see README "Layout").' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
