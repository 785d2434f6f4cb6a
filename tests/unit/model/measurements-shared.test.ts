import { describe, expect, it } from 'vitest';
import { selectMeasurements, sharedConditions } from '../../../src/model/measurements.ts';
import { measurement } from '../support/sample-data.ts';

const conditions = (versions: string | undefined, year: number) => ({ setup: 'Lab', versions, year });

describe('measurement tables are sorted and say shared conditions once', () => {
  it('sorts each metric smallest first, comparing across units of one family', () => {
    const rows = [
      measurement('slow', { value: 1.2, unit: 's' }),
      measurement('fast', { value: 125, unit: 'ms' }),
      measurement('mem-big', { metric: 'memory-overhead', value: 5, unit: 'MiB' }),
      measurement('mem-small', { metric: 'memory-overhead', value: 3, unit: 'MB' }),
    ];
    expect(selectMeasurements(rows, {}).map((m) => m.id)).toEqual(['fast', 'slow', 'mem-small', 'mem-big']);
  });

  it('finds the reading and year every row shares, and nothing when rows differ or there is one row', () => {
    const a = measurement('a', { conditions: conditions('spec v1', 2026) });
    const b = measurement('b', { conditions: conditions('spec v1', 2026) });
    const c = measurement('c', { conditions: conditions('paper', 2020) });
    expect(sharedConditions([a, b])).toEqual({ versions: 'spec v1', year: 2026 });
    expect(sharedConditions([a, b, c])).toBeUndefined();
    expect(sharedConditions([a])).toBeUndefined();
  });
});
