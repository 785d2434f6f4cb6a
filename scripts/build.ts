/**
 * `npm run build`: `astro build`, then the search index in this process once Astro has exited.
 * Indexing after Astro's exit instead of in its `astro:build:done` hook means Astro's memory is
 * released before Pagefind starts, so the two peaks do not add up. Tests and the bench build through
 * this script too, so they measure and check what `npm run build` produces.
 *
 * Arguments are passed to `astro build` (e.g. `--silent`). OUT_DIR and BASE_PATH are honoured.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readEnv } from '../src/site.config.ts';
import { indexSite } from './lib/search-index.ts';

const root = process.cwd();
const silent = process.argv.includes('--silent');
const astro = spawn(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
  },
);
const code = await new Promise<number>((resolve, reject) => {
  astro.once('error', reject);
  astro.once('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
});
if (code !== 0) process.exit(code);
try {
  await indexSite(join(root, readEnv().outDir), silent ? () => {} : (m) => console.log(`[search] ${m}`));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
