/**
 * Print search figures for a build: index size, JavaScript loaded before interaction, bytes (gzip)
 * for the first query from a cold cache, and time from keystroke to results.
 * Usage: `npm run build && npx node scripts/measure-search.ts [query] [--paste]` (honours BASE_PATH and OUT_DIR).
 * The query is typed letter by letter, as a reader would; `--paste` enters it in one go, so searches
 * for the prefixes on the way (when a letter comes more than 60 ms after the last) fetch nothing.
 */
import { join } from 'node:path';
import { readEnv } from '../src/site.config.ts';
import { launchChromium } from '../src/tooling/chromium.ts';
import { folderBytes, measureFirstSearch, measureInitialScripts } from './lib/search-metrics.ts';
import { projectRoot } from './lib/project.ts';
import { serveStatic } from './lib/static-server.ts';

const env = readEnv();
const outDir = join(projectRoot, env.outDir);
const paste = process.argv.includes('--paste');
const query = process.argv.slice(2).find((a) => a !== '--paste') ?? 'type 2 hypervisor';
const server = await serveStatic(outDir, { base: env.base });
const browser = await launchChromium();
try {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const page = new URL('containers/', server.url).href;
  console.log(`Index (${env.outDir}/pagefind): ${kb(await folderBytes(join(outDir, 'pagefind')))} on disk`);
  const initial = await measureInitialScripts(browser, page);
  console.log(
    `JavaScript before interaction on ${page}: ${initial.gzipBytes} B gzip (inline ${initial.inline} B, files ${initial.files.length})`,
  );
  const first = await measureFirstSearch(browser, page, query, 'kernel', { paste });
  console.log(
    `First query "${query}" (${paste ? 'pasted' : 'typed'}), cold cache: ${kb(first.gzipBytes)} gzip (${kb(first.bytes)} as served), ${first.transfers.length} requests`,
  );
  for (const t of first.transfers) console.log(`  ${String(t.gzipBytes).padStart(7)} B  ${new URL(t.url).pathname}`);
  console.log(`Last keystroke to first results: ${first.msToFirstResults} ms cold, ${first.msToResultsWarm} ms warm`);
} finally {
  await browser.close();
  await server.close();
}
