import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../../../scripts/bench/budgets.ts';
import { formatMarkdown, formatMetrics } from '../../../../scripts/bench/report-markdown.ts';
import type { BenchMeasurements, BenchReport } from '../../../../scripts/bench/report-types.ts';
import { formatBytes, formatMs } from '../../../../scripts/bench/units.ts';
import { build, goodMeasurements } from '../../support/bench-measurements.ts';

function reportOf(m: BenchMeasurements, notes: string[] = []): BenchReport {
  return {
    environment: {
      date: '2026-11-22T10:00:00.000Z',
      node: 'v24.21.0',
      cpus: 2,
      cpuModel: 'Test CPU',
      memoryBytes: 8 * 1024 ** 3,
      commit: 'abc1234',
      astro: '7.3.5',
      lighthouse: '13.5.0',
      loadAverage: { start: 0.5, end: 3.2 },
    },
    options: { pages: 1000, lighthouseRuns: 1 },
    measurements: m,
    budgets: evaluateBudgets(m),
    notes,
    totalMs: 200_000,
  };
}

describe('report formatting', () => {
  it('formats sizes in binary units and times in ms or seconds', () => {
    expect([formatBytes(812), formatBytes(2048), formatBytes(1.5 * 1024 ** 2), formatBytes(1.2 * 1024 ** 3)]).toEqual([
      '812 B',
      '2.0 KB',
      '1.5 MB',
      '1.20 GB',
    ]);
    expect([formatMs(850.4), formatMs(12_345)]).toEqual(['850 ms', '12.3 s']);
  });

  it('opens with the environment and a budget table with one row per budget', () => {
    const md = formatMarkdown(reportOf(goodMeasurements()));
    expect(md.startsWith('# Benchmark report\n')).toBe(true);
    expect(md).toContain('commit abc1234 · Node v24.21.0 · 2 × Test CPU');
    expect(md).toContain('| Warm build of the real site, wall time | <= 10.0 s | 8.0 s | met |');
    expect(md.match(/^\| .* \| (met|\*\*not met\*\*|not measured) \|$/gm)).toHaveLength(8);
  });

  it('warns when the machine was busier than it has CPUs', () => {
    const busy = 'The machine was busy with other work';
    const report = reportOf(goodMeasurements());
    expect(formatMarkdown(report)).toContain(
      `Load average (1 min): 0.5 at the start, 3.2 at the end, on 2 CPUs. ${busy}`,
    );
    report.environment.loadAverage = { start: 0.5, end: 1.5 };
    expect(formatMarkdown(report)).not.toContain(busy);
  });

  it('shows a missed budget in bold', () => {
    const m = goodMeasurements();
    m.warmBuild = build({ label: 'warm', wallMs: 14_000 });
    expect(formatMarkdown(reportOf(m))).toContain(
      '| Warm build of the real site, wall time | <= 10.0 s | 14.0 s | **not met** |',
    );
  });

  it('lists Lighthouse scores with the extra categories after the four budgeted ones', () => {
    const md = formatMarkdown(reportOf(goodMeasurements()));
    expect(md).toContain(
      '| Page type | Path | performance | accessibility | best-practices | seo | agentic-browsing | Runs | Metrics (median) | Error |',
    );
    expect(md).toContain('| home | / | 100 | 100 | 100 | 100 | 50 | 1 |  |  |');
    expect(md).toContain('Extra categories reported by this Lighthouse version, not budgeted: agentic-browsing.');
  });

  it('shows page weights raw / gzip and the synthetic run with pages per second', () => {
    const md = formatMarkdown(reportOf(goodMeasurements()));
    expect(md).toContain(
      '| topic | /containers/ | 10.0 KB / 4.0 KB | 8.0 KB / 3.0 KB | 800 B / 400 B | 300 B / 160 B | 3 |  |',
    );
    expect(md).toContain('## Synthetic scale run: 1000 generated pages');
    expect(md).toContain('| 15.0 s | 7.0 s | 900.0 MB | 1010 | 67.0 |');
    expect(md).toContain('References in the generated pages: 3000 citations, 100 comparison tables, 200 diagrams.');
  });

  it('ends with what was not measured, and leaves out sections with nothing to show', () => {
    const md = formatMarkdown(reportOf({ pages: [], lighthouse: [] }, ['Lighthouse: skipped (--skip-lighthouse).']));
    expect(md).not.toContain('## Lighthouse');
    expect(md).not.toContain('## Page weight');
    expect(md.trimEnd().endsWith('## Not measured in this run\n\n- Lighthouse: skipped (--skip-lighthouse).')).toBe(
      true,
    );
  });

  it('summarises the performance metrics behind a Lighthouse score', () => {
    const metrics = {
      'first-contentful-paint': 812,
      'largest-contentful-paint': 1020,
      'total-blocking-time': 250,
      'cumulative-layout-shift': 0.0004,
      'speed-index': 3712,
    };
    expect(formatMetrics(metrics)).toBe('FCP 812 ms, LCP 1.0 s, TBT 250 ms, CLS 0, SI 3.7 s');
    expect(formatMetrics({ 'total-blocking-time': null })).toBe('');
  });

  it('escapes pipes inside table cells', () => {
    const m = goodMeasurements();
    m.lighthouse[0]!.error = 'a | b';
    expect(formatMarkdown(reportOf(m))).toContain('a \\| b');
  });
});
