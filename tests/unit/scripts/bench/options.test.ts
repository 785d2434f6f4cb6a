import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../../scripts/bench/options.ts';

describe('bench options', () => {
  it('default to a full run: 1000 synthetic pages and adaptive Lighthouse runs', () => {
    expect(parseOptions([])).toMatchObject({
      pages: 1000,
      lighthouseRuns: undefined,
      skipLighthouse: false,
      skipScale: false,
      out: 'bench-report',
    });
  });

  it('make --quick a short run that explicit options still override', () => {
    expect(parseOptions(['--quick'])).toMatchObject({ pages: 200, skipLighthouse: true });
    expect(parseOptions(['--quick', '--pages', '500', '--lighthouse-runs', '2'])).toMatchObject({
      pages: 500,
      lighthouseRuns: 2,
      skipLighthouse: false,
    });
  });

  it('reject a page count that is not a positive whole number', () => {
    expect(() => parseOptions(['--pages', 'many'])).toThrow(
      '--pages must be a whole number of at least 1 (got "many").',
    );
    expect(() => parseOptions(['--pages', '0'])).toThrow();
  });

  it('run a peer comparison with three pairs by default, and only against Starlight', () => {
    expect(parseOptions(['--peer', 'starlight'])).toMatchObject({
      peer: 'starlight',
      runs: 3,
      pages: 1000,
      growth: undefined,
    });
    expect(parseOptions(['--peer', 'starlight', '--runs', '5', '--pages', '100'])).toMatchObject({
      runs: 5,
      pages: 100,
    });
    expect(() => parseOptions(['--peer', 'docusaurus'])).toThrow('--peer knows only "starlight" (got "docusaurus").');
  });

  it('measure growth at 250, 1,000 and 3,000 pages unless given other sizes', () => {
    expect(parseOptions(['--growth']).growth).toEqual([250, 1000, 3000]);
    expect(parseOptions(['--growth', '100,200']).growth).toEqual([100, 200]);
    expect(parseOptions([]).growth).toBeUndefined();
    expect(() => parseOptions(['--growth', '100,lots'])).toThrow('--growth must be a whole number');
  });
});
