/**
 * `npm run diagrams [-- --all]`
 * Renders every diagram whose SVG is missing from content/diagrams/.rendered/ (with Chromium:
 * CHROMIUM_PATH, else /usr/bin/chromium) and deletes cache files no diagram uses any more.
 * `--all` re-renders everything, for measuring or after changing the renderer.
 * Commit the cache folder afterwards: builds without a browser read it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/problems/problems.ts';
import { projectRoot } from './lib/project.ts';
import { cacheDir, cacheFile, missingRenders, missingRendersMessage, renderJobs } from '../src/diagrams/cache.ts';
import { collectDiagrams } from '../src/diagrams/collect.ts';
import { findChromium } from '../src/diagrams/browser.ts';
import { pruneStale, renderMissing } from '../src/diagrams/render.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
const root = projectRoot;
const started = performance.now();

const { specs, problems } = collectDiagrams(root);
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length) {
  console.error(`${formatProblems(errors)}\nFix these diagram sources first; nothing was rendered.`);
  process.exit(1);
}
if (values.all) for (const job of renderJobs(specs)) rmSync(join(root, cacheFile(job.key)), { force: true });

const missing = missingRenders(root, specs);
const chromium = findChromium();
if (missing.length && !chromium) {
  console.error(missingRendersMessage(missing).replace('Run `npm run diagrams` on', 'Run this again on'));
  process.exit(1);
}

const report = missing.length
  ? await renderMissing(root, specs, chromium!)
  : { startupMs: 0, rendered: [], problems: [], totalMs: 0 };
for (const entry of report.rendered) {
  const { spec, theme, key } = entry.job;
  console.log(
    `${spec.id.padEnd(34)} ${theme.padEnd(5)} ${key}  render ${entry.renderMs.toFixed(0).padStart(4)} ms, minify ${entry.minifyMs.toFixed(0).padStart(3)} ms, ` +
      `${entry.rawBytes} B raw -> ${entry.bytes} B (${entry.gzipBytes} B gzip)`,
  );
}
if (report.problems.length) {
  console.error(
    `${formatProblems(report.problems)}\nThese diagrams did not render; fix them and run \`npm run diagrams\` again.`,
  );
  process.exit(1);
}

const removed = pruneStale(root, specs);
for (const file of removed) console.log(`removed stale ${file}`);
const diagrams = new Set(report.rendered.map((e) => e.job.spec)).size;
const perDiagram = diagrams ? (report.totalMs - report.startupMs) / diagrams : 0;
console.log(
  report.rendered.length
    ? `Rendered ${report.rendered.length} SVGs (${diagrams} diagrams, light and dark) in ${Math.round(report.totalMs)} ms: browser start ` +
        `${Math.round(report.startupMs)} ms, then ${Math.round(perDiagram)} ms per diagram (both themes, minified; wall clock).`
    : `All ${specs.length} diagrams are rendered; nothing to do.`,
);
console.log(`npm run diagrams took ${Math.round(performance.now() - started)} ms in all.`);
console.log(
  `${cacheDir}/ holds ${renderJobs(specs).length} SVGs${removed.length ? `; removed ${removed.length} stale` : ''}. Commit it with your diagram changes.`,
);
