/**
 * The performance budgets of the site, in one place: the README lists them, and `npm run bench`
 * marks each one met or not met. Change a number here and both follow.
 */
import type { BenchMeasurements, BudgetResult, BudgetStatus, PageKind } from './report-types.ts';
import { formatBytes, formatMs, GB, KB } from './units.ts';

export const budgets = {
  /** JavaScript a content page runs before any interaction (files plus inline scripts), gzip. */
  contentPageJsGzip: 2 * KB,
  /** CSS a content page loads (files plus `<style>` outside diagrams), gzip. */
  contentPageCssGzip: 10 * KB,
  /** HTML of a nearly empty page of the real site: the page frame around the content, gzip. */
  htmlAroundContentGzip: 4 * KB,
  /** The same in the synthetic site of `syntheticPages` pages (the sidebar grows with the site); strictly less than. */
  htmlAroundContentSyntheticGzip: 6 * KB,
  /** Lighthouse mobile score in each of the four classic categories, on every audited page. */
  lighthouseScore: 100,
  /** Size of the synthetic site the build budgets apply to. */
  syntheticPages: 1000,
  syntheticBuildMs: 20_000,
  syntheticPeakRssBytes: 1.2 * GB,
  /** Second build of the real site in a row (caches in place). */
  warmBuildMs: 10_000,
} as const;

/** The Lighthouse categories the budget covers; others (such as agentic-browsing) are reported only. */
export const lighthouseBudgetCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Page kinds that are content pages: the JS and CSS budgets apply to them, not to the search page. */
export const contentPageKinds: readonly PageKind[] = [
  'home',
  'topic',
  'topic with diagrams',
  'comparison',
  'technology',
];

const notMeasured = (why: string) => ({ actual: why, status: 'not measured' as BudgetStatus });
const check = (ok: boolean): BudgetStatus => (ok ? 'met' : 'not met');

function worstContentPage(m: BenchMeasurements, pick: 'js' | 'css') {
  const pages = m.pages.filter((p) => contentPageKinds.includes(p.kind));
  if (pages.length === 0) return undefined;
  return pages.reduce((worst, p) => (p[pick].gzip > worst[pick].gzip ? p : worst));
}

function pageBudget(m: BenchMeasurements, pick: 'js' | 'css', limit: number) {
  const worst = worstContentPage(m, pick);
  if (!worst) return notMeasured('no content page was loaded');
  return {
    actual: `${formatBytes(worst[pick].gzip)} (largest: ${worst.path})`,
    status: check(worst[pick].gzip <= limit),
  };
}

function lighthouseBudget(m: BenchMeasurements) {
  const scored = m.lighthouse.filter((r) => !r.error);
  if (scored.length === 0)
    return notMeasured(m.lighthouse.length ? 'every Lighthouse run failed' : 'Lighthouse was not run');
  const misses = scored.flatMap((r) =>
    lighthouseBudgetCategories
      .filter((c) => (r.scores[c] ?? 0) < budgets.lighthouseScore)
      .map((c) => `${r.path} ${c} ${r.scores[c] ?? 'n/a'}`),
  );
  const failed = m.lighthouse.filter((r) => r.error).map((r) => `${r.path} failed`);
  const all = [...misses, ...failed];
  return {
    actual: all.length ? all.join('; ') : `all ${scored.length} pages score 100`,
    status: check(all.length === 0),
  };
}

function syntheticBudget(
  m: BenchMeasurements,
  value: (s: NonNullable<BenchMeasurements['scale']>) => number | undefined,
  limit: number,
  strict: boolean,
  format: (n: number) => string,
) {
  const s = m.scale;
  if (!s) return notMeasured('the scale run was skipped');
  if (!s.build.ok) return { actual: 'the synthetic build failed', status: 'not met' as BudgetStatus };
  if (s.generatedPages !== budgets.syntheticPages)
    return notMeasured(`the run generated ${s.generatedPages} pages, not ${budgets.syntheticPages}`);
  const v = value(s);
  if (v === undefined) return notMeasured('the empty page was not found in the output');
  return { actual: format(v), status: check(strict ? v < limit : v <= limit) };
}

/** Mark every budget met, not met or not measured (with the reason) for one run's measurements. */
export function evaluateBudgets(m: BenchMeasurements): BudgetResult[] {
  const warm = m.warmBuild;
  return [
    {
      id: 'content-js',
      label: 'JavaScript before any interaction on a content page',
      limit: `<= ${formatBytes(budgets.contentPageJsGzip)} gzip`,
      ...pageBudget(m, 'js', budgets.contentPageJsGzip),
    },
    {
      id: 'content-css',
      label: 'CSS on a content page',
      limit: `<= ${formatBytes(budgets.contentPageCssGzip)} gzip`,
      ...pageBudget(m, 'css', budgets.contentPageCssGzip),
    },
    {
      id: 'html-around-content',
      label: 'HTML around the content (nearly empty page, real site)',
      limit: `<= ${formatBytes(budgets.htmlAroundContentGzip)} gzip`,
      ...(m.realEmptyPageHtml
        ? {
            actual: formatBytes(m.realEmptyPageHtml.gzip),
            status: check(m.realEmptyPageHtml.gzip <= budgets.htmlAroundContentGzip),
          }
        : notMeasured('the empty-page build was skipped')),
    },
    {
      id: 'html-around-content-synthetic',
      label: `HTML around the content in the ${budgets.syntheticPages}-page synthetic site`,
      limit: `< ${formatBytes(budgets.htmlAroundContentSyntheticGzip)} gzip`,
      ...syntheticBudget(m, (s) => s.emptyPageHtml?.gzip, budgets.htmlAroundContentSyntheticGzip, true, formatBytes),
    },
    {
      id: 'lighthouse',
      label: 'Lighthouse mobile: performance, accessibility, best practices, SEO',
      limit: `${budgets.lighthouseScore} each`,
      ...lighthouseBudget(m),
    },
    {
      id: 'synthetic-build-time',
      label: `${budgets.syntheticPages}-page synthetic build, wall time`,
      limit: `<= ${formatMs(budgets.syntheticBuildMs)}`,
      ...syntheticBudget(m, (s) => s.build.wallMs, budgets.syntheticBuildMs, false, formatMs),
    },
    {
      id: 'synthetic-build-memory',
      label: `${budgets.syntheticPages}-page synthetic build, peak memory`,
      limit: `<= ${formatBytes(budgets.syntheticPeakRssBytes)}`,
      ...syntheticBudget(m, (s) => s.build.peakRssBytes, budgets.syntheticPeakRssBytes, false, formatBytes),
    },
    {
      id: 'warm-build-time',
      label: 'Warm build of the real site, wall time',
      limit: `<= ${formatMs(budgets.warmBuildMs)}`,
      ...(!warm
        ? notMeasured('the builds were skipped')
        : !warm.ok
          ? { actual: 'the build failed', status: 'not met' as BudgetStatus }
          : { actual: formatMs(warm.wallMs), status: check(warm.wallMs <= budgets.warmBuildMs) }),
    },
  ];
}
