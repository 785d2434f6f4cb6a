/**
 * Command-line options of `npm run bench`. `--quick` is a shorter run for a quick look (fewer
 * synthetic pages, no Lighthouse); explicit options given with it still win.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Synthetic pages in the scale run. */
  pages: number;
  /** Lighthouse runs per page (median reported); undefined: one run, three when a score misses the budget. */
  lighthouseRuns: number | undefined;
  skipLighthouse: boolean;
  skipScale: boolean;
  /** Skip the cold and warm builds and measure the existing dist/ (built once if missing). */
  skipBuilds: boolean;
  /** Skip building a copy of the real site with one nearly empty page. */
  skipEmptyPage: boolean;
  quick: boolean;
  /** Folder the Markdown and JSON reports are written to. */
  out: string;
  /** Keep the temporary project copies for inspection. */
  keepTemp: boolean;
  help: boolean;
  /** Build against this peer instead of the usual run (only "starlight"). */
  peer: 'starlight' | undefined;
  /** Pairs of builds in a peer comparison. */
  runs: number;
  /** Build at these page counts and report cost per page, instead of the usual run. */
  growth: number[] | undefined;
}

export const usage = `Usage: npm run bench -- [options]
  --pages N            synthetic pages in the scale run (default 1000)
  --lighthouse-runs N  Lighthouse runs per page, median reported (default: 1, or 3
                       for a page whose first run scores below 100)
  --skip-lighthouse    do not run Lighthouse
  --skip-scale         do not run the synthetic scale build
  --skip-builds        measure the existing dist/ instead of a cold and a warm build
  --skip-empty-page    do not build the real site plus one nearly empty page
  --quick              200 synthetic pages and no Lighthouse (for a quick look)
  --out DIR            report folder (default bench-report)
  --keep-temp          keep the temporary project copies
  --peer starlight     instead of the usual run: build the same generated MDX pages
                       (--pages, default 1000) with this site and with Starlight
                       (installed from the registry, pinned), in turn, --runs times;
                       report the ratios of wall time, CPU time and peak memory
  --runs N             pairs of builds for --peer (default 3)
  --growth [SIZES]     instead of the usual run: build with each number of pages
                       (default 250,1000,3000), all in one section, and report time
                       and memory per page; combine with --peer to run both
  --help               show this text`;

function positiveInteger<T extends number | undefined>(name: string, raw: string | undefined, fallback: T): number | T {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${raw}").`);
  return n;
}

function parsePeer(raw: string | undefined): 'starlight' | undefined {
  if (raw === undefined) return undefined;
  if (raw !== 'starlight') throw new Error(`--peer knows only "starlight" (got "${raw}").`);
  return raw;
}

function parseSizes(raw: string | undefined): number[] {
  if (raw === undefined) return [250, 1000, 3000];
  return raw.split(',').map((part) => positiveInteger('growth', part.trim(), 0));
}

export function parseOptions(args: string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args,
    options: {
      pages: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-scale': { type: 'boolean', default: false },
      'skip-builds': { type: 'boolean', default: false },
      'skip-empty-page': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-report' },
      'keep-temp': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      peer: { type: 'string' },
      runs: { type: 'string' },
      growth: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const quick = values.quick!;
  return {
    pages: positiveInteger('pages', values.pages, quick ? 200 : 1000),
    lighthouseRuns: positiveInteger('lighthouse-runs', values['lighthouse-runs'], undefined),
    skipLighthouse: values['skip-lighthouse']! || (quick && values['lighthouse-runs'] === undefined),
    skipScale: values['skip-scale']!,
    skipBuilds: values['skip-builds']!,
    skipEmptyPage: values['skip-empty-page']!,
    quick,
    out: values.out!,
    keepTemp: values['keep-temp']!,
    help: values.help!,
    peer: parsePeer(values.peer),
    runs: positiveInteger('runs', values.runs, 3),
    growth: values.growth ? parseSizes(positionals[0]) : undefined,
  };
}
