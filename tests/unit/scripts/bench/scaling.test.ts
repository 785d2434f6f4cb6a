import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { growthMarkdown, loadNote, peerMarkdown, spread } from '../../../../scripts/bench/scaling.ts';
import { build } from '../../support/bench-measurements.ts';

const MB = 1024 * 1024;

describe('scaling reports', () => {
  it('give the median and the range of the values', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spread([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('warn when the machine was busy, and not when it was quiet', () => {
    const cores = cpus().length;
    expect(loadNote([0.1, 0.2])).not.toContain('Warning');
    expect(loadNote([0.1, cores * 0.5 + 0.5])).toContain('Warning: the machine was busy');
  });

  it('state our/peer ratios with their spread over the pairs', () => {
    const pairs = [
      {
        ours: build({ label: 'ours, run 1', wallMs: 10_000, cpuMs: 12_000, peakRssBytes: 900 * MB }),
        peer: build({ label: 'Starlight, run 1', wallMs: 20_000, cpuMs: 24_000, peakRssBytes: 1000 * MB }),
      },
      {
        ours: build({ label: 'ours, run 2', wallMs: 12_000, cpuMs: 12_000, peakRssBytes: 900 * MB }),
        peer: build({ label: 'Starlight, run 2', wallMs: 20_000, cpuMs: 20_000, peakRssBytes: 900 * MB }),
      },
      {
        ours: build({ label: 'ours, run 3', wallMs: 14_000, cpuMs: 12_000, peakRssBytes: 900 * MB }),
        peer: build({ label: 'Starlight, run 3', wallMs: 20_000, cpuMs: 24_000, peakRssBytes: 1000 * MB }),
      },
    ];
    const text = peerMarkdown({ pairs, loads: [0, 0] }, 1000);
    expect(text).toContain('| Wall time | 0.60x (0.50–0.70) |');
    expect(text).toContain('| CPU time, whole tree | 0.50x (0.50–0.60) |');
    expect(text).toContain('| Peak memory, whole tree | 0.90x (0.90–1.00) |');
    expect(text).toContain('Pairs measured: 3 of 3.');
  });

  it('flags a per-page cost that grows faster than the page count', () => {
    const row = (pages: number, cpuMs: number) => ({
      pages,
      build: build({ htmlPages: pages, cpuMs, wallMs: cpuMs, peakRssBytes: 500 * MB + pages * MB }),
      emptyPageHtml: { raw: 20_000, gzip: 4000 },
    });
    expect(growthMarkdown({ rows: [row(250, 2500), row(3000, 30_000)], loads: [0] })).toContain(
      'Per-page CPU time from 250 to 3000 pages: 1.00x (linear or better).',
    );
    expect(growthMarkdown({ rows: [row(250, 2500), row(3000, 60_000)], loads: [0] })).toContain(
      '2.00x — **super-linear**',
    );
  });
});
