import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../../scripts/bench/options.ts';

describe('bench options', () => {
  it('default to a full run: 1000 synthetic pages and adaptive Lighthouse runs', () => {
    expect(parseOptions([])).toMatchObject({ pages: 1000, lighthouseRuns: undefined, skipLighthouse: false, skipScale: false, out: 'bench-report' });
  });

  it('make --quick a short run that explicit options still override', () => {
    expect(parseOptions(['--quick'])).toMatchObject({ pages: 200, skipLighthouse: true });
    expect(parseOptions(['--quick', '--pages', '500', '--lighthouse-runs', '2'])).toMatchObject({ pages: 500, lighthouseRuns: 2, skipLighthouse: false });
  });

  it('reject a page count that is not a positive whole number', () => {
    expect(() => parseOptions(['--pages', 'many'])).toThrow('--pages must be a whole number of at least 1 (got "many").');
    expect(() => parseOptions(['--pages', '0'])).toThrow();
  });
});
