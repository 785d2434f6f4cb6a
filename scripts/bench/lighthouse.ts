/**
 * Lighthouse scores with the default (mobile) settings, through its CLI on the same Node as the
 * benchmark and Chromium with the project's headless flags. Several runs per page give the median
 * per category, because the performance score moves between runs on a busy machine. By default a page
 * runs once, and twice more only when a budgeted category scored below 100 (noise lowers scores; it
 * rarely raises them), so a clean site costs one run per page.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath, flags } from '../../src/tooling/chromium.ts';
import { budgets, lighthouseBudgetCategories } from './budgets.ts';
import type { LighthouseResult } from './report-types.ts';
import type { PickedPage } from './pick-pages.ts';

const run = promisify(execFile);

/** The metrics the performance score is made of. */
export const performanceMetrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

interface LighthouseJson {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { message: string };
}

/** The middle value (lower middle for an even count); `null` scores are ignored. */
export function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
}

async function runOnce(projectRoot: string, url: string, dir: string, index: number): Promise<LighthouseJson> {
  const output = join(dir, `run-${index}.json`);
  await run(
    process.execPath,
    [
      join(projectRoot, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      `--chrome-flags=${flags.join(' ')}`,
      '--max-wait-for-load=45000',
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  return JSON.parse(readFileSync(output, 'utf8')) as LighthouseJson;
}

/** Runs per page: a fixed number, or one run extended to `upTo` runs while a budgeted score is below the budget. */
export type LighthouseRuns = { fixed: number } | { upTo: number };

const belowBudget = (report: LighthouseJson) =>
  lighthouseBudgetCategories.some((c) => (report.categories[c]?.score ?? 0) * 100 < budgets.lighthouseScore);

export async function lighthousePage(
  projectRoot: string,
  siteUrl: string,
  picked: PickedPage,
  runs: LighthouseRuns,
): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const url = new URL(picked.path.replace(/^\//, ''), siteUrl).href;
  try {
    const reports: LighthouseJson[] = [];
    const wanted = 'fixed' in runs ? runs.fixed : 1;
    while (reports.length < wanted || ('upTo' in runs && reports.length < runs.upTo && belowBudget(reports[0]!))) {
      reports.push(await runOnce(projectRoot, url, dir, reports.length));
    }
    const failed = reports.find((r) => r.runtimeError);
    const categories = [...new Set(reports.flatMap((r) => Object.keys(r.categories)))];
    const scores = Object.fromEntries(
      categories.map((c) => {
        const m = median(reports.map((r) => r.categories[c]?.score ?? null));
        return [c, m === null ? null : Math.round(m * 100)];
      }),
    );
    const metrics = Object.fromEntries(
      performanceMetrics.map((a) => [a, median(reports.map((r) => r.audits[a]?.numericValue ?? null))]),
    );
    return {
      kind: picked.kind,
      path: picked.path,
      runs: reports.length,
      scores,
      metrics,
      error: failed?.runtimeError?.message,
    };
  } catch (error) {
    return {
      kind: picked.kind,
      path: picked.path,
      runs: 0,
      scores: {},
      error: (error as Error).message.split('\n')[0],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
