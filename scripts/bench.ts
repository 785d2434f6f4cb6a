/**
 * `npm run bench [-- options]`: build the real site cold and warm, weigh its page types in Chromium,
 * score them with Lighthouse, measure the first search, build a large synthetic copy of the site,
 * and check everything against the budgets in scripts/bench/budgets.ts. Prints the report as
 * Markdown and writes bench-report/report.md and bench-report/report.json. `--help` lists the options.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { readEnv } from '../src/site.config.ts';
import { projectRoot } from './lib/project.ts';
import { evaluateBudgets } from './bench/budgets.ts';
import { cleanCaches } from './bench/clean-caches.ts';
import { describeEnvironment } from './bench/environment.ts';
import { buildGeneratedSite } from './bench/generated-site-build.ts';
import { measureBuild } from './bench/measure-build.ts';
import { measureSite } from './bench/measure-site.ts';
import { parseOptions, usage } from './bench/options.ts';
import { formatMarkdown } from './bench/report-markdown.ts';
import type { BenchMeasurements, BenchReport } from './bench/report-types.ts';
import { growthMarkdown, peerMarkdown, runGrowth, runPeer } from './bench/scaling.ts';

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const options = parseOptions(process.argv.slice(2));
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const root = projectRoot;
const env = readEnv();
const dist = join(root, env.outDir);
const log = (message: string) => console.error(`[bench] ${message}`);

if (options.peer || options.growth) {
  const parts: string[] = [];
  if (options.peer)
    parts.push(
      peerMarkdown(await runPeer({ projectRoot: root, pages: options.pages, runs: options.runs, log }), options.pages),
    );
  if (options.growth) parts.push(growthMarkdown(await runGrowth({ projectRoot: root, sizes: options.growth, log })));
  const markdown = parts.join('\n');
  const outDir = resolve(root, options.out);
  mkdirSync(outDir, { recursive: true });
  const name = options.peer && options.growth ? 'scaling.md' : options.peer ? 'peer.md' : 'growth.md';
  writeFileSync(join(outDir, name), markdown);
  console.log(markdown);
  log(`report written to ${join(options.out, name)} (${Math.round((performance.now() - started) / 1000)} s)`);
  process.exit(0);
}

const notes: string[] = [];
const m: BenchMeasurements = { pages: [], lighthouse: [] };

if (options.skipBuilds) {
  notes.push('Cold and warm builds: skipped (--skip-builds).');
  if (!existsSync(join(dist, 'index.html'))) {
    log('no build in dist/; building once (not measured)');
    await measureBuild({ root, label: 'build' });
  }
} else {
  const { removed, kept } = cleanCaches(root);
  log(
    `cold build (removed ${removed.join(', ') || 'nothing'}${kept.length ? `; kept tracked ${kept.join(', ')}` : ''})`,
  );
  m.coldBuild = await measureBuild({ root, label: 'Cold build (output and caches removed)' });
  log('warm build');
  m.warmBuild = await measureBuild({ root, label: 'Warm build (second build in a row)' });
}

if (existsSync(join(dist, 'index.html')) && m.warmBuild?.ok !== false) {
  const site = await measureSite({
    projectRoot: root,
    dist,
    base: env.base,
    lighthouseRuns: options.skipLighthouse
      ? undefined
      : options.lighthouseRuns
        ? { fixed: options.lighthouseRuns }
        : { upTo: 3 },
    log,
  });
  Object.assign(m, { pages: site.pages, pagefind: site.pagefind, lighthouse: site.lighthouse });
  notes.push(...site.notes);
} else {
  notes.push('Page weight, search and Lighthouse: not measured, because the real site did not build.');
}
if (options.skipLighthouse) notes.push(`Lighthouse: skipped (${options.quick ? '--quick' : '--skip-lighthouse'}).`);

if (options.skipEmptyPage) notes.push('HTML around the content of the real site: skipped (--skip-empty-page).');
else {
  log('building the real site plus one nearly empty page, in a temporary copy');
  const result = await buildGeneratedSite({
    projectRoot: root,
    count: 0,
    label: 'Real site plus one nearly empty page',
    keep: options.keepTemp,
  });
  m.realEmptyPageHtml = result.emptyPageHtml;
  if (!result.build.ok)
    notes.push(
      `HTML around the content of the real site: the build of the copy failed: ${result.build.error?.split('\n').slice(-3).join(' ')}`,
    );
  if (result.keptAt) log(`kept ${result.keptAt}`);
}

if (options.skipScale) notes.push('Synthetic scale run: skipped (--skip-scale).');
else {
  log(`scale run: building a copy with ${options.pages} generated pages`);
  const result = await buildGeneratedSite({
    projectRoot: root,
    count: options.pages,
    label: `${options.pages} synthetic pages plus the real site`,
    keep: options.keepTemp,
  });
  m.scale = {
    generatedPages: options.pages,
    build: result.build,
    pagesPerSecond: result.build.htmlPages / (result.build.wallMs / 1000),
    emptyPageHtml: result.emptyPageHtml,
    references: result.references,
  };
  if (result.keptAt) log(`kept ${result.keptAt}`);
}

const report: BenchReport = {
  environment: describeEnvironment(root, loadAtStart),
  options: {
    pages: options.pages,
    lighthouseRuns: options.skipLighthouse
      ? 'skipped'
      : (options.lighthouseRuns ?? 'adaptive (1, or 3 when a score is below 100)'),
    quick: options.quick,
    base: env.base,
  },
  measurements: m,
  budgets: evaluateBudgets(m),
  notes,
  totalMs: performance.now() - started,
};
const markdown = formatMarkdown(report);
const outDir = resolve(root, options.out);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.md'), markdown);
writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(markdown);
log(`report written to ${join(options.out, 'report.md')} and report.json`);
