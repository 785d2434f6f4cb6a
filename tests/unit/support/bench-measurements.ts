/** A complete set of measurements that meets every budget; tests change one field at a time. */
import type { BenchMeasurements, BuildMeasurement, PageWeight } from '../../../scripts/bench/report-types.ts';
import { KB, MB } from '../../../scripts/bench/units.ts';

export const build = (over: Partial<BuildMeasurement> = {}): BuildMeasurement => ({
  label: 'build',
  ok: true,
  wallMs: 5000,
  peakRssBytes: 500 * MB,
  cpuMs: 7000,
  htmlPages: 10,
  ...over,
});

export const page = (over: Partial<PageWeight> = {}): PageWeight => ({
  kind: 'topic',
  path: '/containers/',
  html: { raw: 10 * KB, gzip: 4 * KB },
  css: { raw: 8 * KB, gzip: 3 * KB },
  js: { raw: 800, gzip: 400 },
  other: { raw: 300, gzip: 160 },
  requests: 3,
  ...over,
});

const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, 'agentic-browsing': 50 };

export function goodMeasurements(): BenchMeasurements {
  return {
    coldBuild: build({ label: 'cold', wallMs: 12_000 }),
    warmBuild: build({ label: 'warm', wallMs: 8000 }),
    realEmptyPageHtml: { raw: 6 * KB, gzip: 2 * KB },
    pages: [page({ kind: 'home', path: '/' }), page()],
    lighthouse: [{ kind: 'home', path: '/', runs: 1, scores: { ...perfect } }],
    pagefind: { status: 'not built', note: 'no index' },
    scale: {
      generatedPages: 1000,
      build: build({ wallMs: 15_000, peakRssBytes: 900 * MB, htmlPages: 1010 }),
      pagesPerSecond: 67,
      emptyPageHtml: { raw: 12 * KB, gzip: 3 * KB },
      references: { cites: 3000, comparisonTables: 100, diagrams: 200 },
    },
  };
}
