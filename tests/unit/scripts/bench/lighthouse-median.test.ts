import { describe, expect, it } from 'vitest';
import { median } from '../../../../scripts/bench/lighthouse.ts';

describe('median of Lighthouse scores', () => {
  it('takes the middle run, the lower middle for an even count, and ignores runs without a score', () => {
    expect(median([0.95, 1, 0.97])).toBe(0.97);
    expect(median([1, 0.9])).toBe(0.9);
    expect(median([null, 1, null])).toBe(1);
    expect(median([null])).toBeNull();
  });
});
