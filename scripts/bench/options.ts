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
  --help               show this text`;

function positiveInteger<T extends number | undefined>(name: string, raw: string | undefined, fallback: T): number | T {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${raw}").`);
  return n;
}

export function parseOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
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
    },
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
  };
}
