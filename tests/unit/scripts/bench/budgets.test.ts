import { describe, expect, it } from 'vitest';
import { budgets, evaluateBudgets } from '../../../../scripts/bench/budgets.ts';
import type { BenchMeasurements, BudgetStatus } from '../../../../scripts/bench/report-types.ts';
import { GB, KB } from '../../../../scripts/bench/units.ts';
import { build, goodMeasurements, page } from '../../support/bench-measurements.ts';

const statusOf = (m: BenchMeasurements, id: string): BudgetStatus =>
  evaluateBudgets(m).find((b) => b.id === id)!.status;
const actualOf = (m: BenchMeasurements, id: string): string => evaluateBudgets(m).find((b) => b.id === id)!.actual;

describe('budget evaluation', () => {
  it('marks every budget met when all measurements are within their limits', () => {
    const results = evaluateBudgets(goodMeasurements());
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['content-js', 'met'],
      ['content-css', 'met'],
      ['html-around-content', 'met'],
      ['html-around-content-synthetic', 'met'],
      ['lighthouse', 'met'],
      ['synthetic-build-time', 'met'],
      ['synthetic-build-memory', 'met'],
      ['warm-build-time', 'met'],
    ]);
  });

  it('judges JavaScript by the heaviest content page and ignores the search page', () => {
    const m = goodMeasurements();
    m.pages.push(page({ kind: 'search', path: '/search/', js: { raw: 90 * KB, gzip: 30 * KB } }));
    expect(statusOf(m, 'content-js')).toBe('met');
    m.pages.push(
      page({ kind: 'comparison', path: '/compare/', js: { raw: 9 * KB, gzip: budgets.contentPageJsGzip + 1 } }),
    );
    expect(statusOf(m, 'content-js')).toBe('not met');
    expect(actualOf(m, 'content-js')).toBe('2.0 KB (largest: /compare/)');
  });

  it('accepts a value exactly at an inclusive limit but not at the strict synthetic HTML limit', () => {
    const m = goodMeasurements();
    m.pages = [page({ css: { raw: 1, gzip: budgets.contentPageCssGzip } })];
    m.scale!.emptyPageHtml = { raw: 1, gzip: budgets.htmlAroundContentSyntheticGzip };
    expect(statusOf(m, 'content-css')).toBe('met');
    expect(statusOf(m, 'html-around-content-synthetic')).toBe('not met');
  });

  it('fails Lighthouse when any of the four classic categories is below 100, but not for agentic browsing', () => {
    const m = goodMeasurements();
    m.lighthouse[0]!.scores['agentic-browsing'] = 10;
    expect(statusOf(m, 'lighthouse')).toBe('met');
    m.lighthouse.push({
      kind: 'comparison',
      path: '/compare/',
      runs: 1,
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
    });
    expect(statusOf(m, 'lighthouse')).toBe('not met');
    expect(actualOf(m, 'lighthouse')).toBe('/compare/ performance 97');
  });

  it('counts a failed Lighthouse run as not met', () => {
    const m = goodMeasurements();
    m.lighthouse.push({ kind: 'technology', path: '/technologies/kvm/', runs: 1, scores: {}, error: 'NO_FCP' });
    expect(statusOf(m, 'lighthouse')).toBe('not met');
  });

  it('does not judge the synthetic budgets on a site of another size', () => {
    const m = goodMeasurements();
    m.scale!.generatedPages = 200;
    expect(statusOf(m, 'synthetic-build-time')).toBe('not measured');
    expect(actualOf(m, 'synthetic-build-time')).toBe('the run generated 200 pages, not 1000');
  });

  it('marks the synthetic budgets not met when the build is too slow, too big, or failed', () => {
    const m = goodMeasurements();
    m.scale!.build = build({ wallMs: budgets.syntheticBuildMs + 1, peakRssBytes: 1.3 * GB });
    expect(statusOf(m, 'synthetic-build-time')).toBe('not met');
    expect(statusOf(m, 'synthetic-build-memory')).toBe('not met');
    m.scale!.build = build({ ok: false });
    expect(statusOf(m, 'synthetic-build-time')).toBe('not met');
  });

  it('says what was not measured and why', () => {
    const empty: BenchMeasurements = { pages: [], lighthouse: [] };
    const results = evaluateBudgets(empty);
    expect(results.every((r) => r.status === 'not measured')).toBe(true);
    expect(actualOf(empty, 'warm-build-time')).toBe('the builds were skipped');
    expect(actualOf(empty, 'lighthouse')).toBe('Lighthouse was not run');
  });

  it('marks the warm build not met above ten seconds', () => {
    const m = goodMeasurements();
    m.warmBuild = build({ wallMs: 10_001 });
    expect(statusOf(m, 'warm-build-time')).toBe('not met');
  });
});
