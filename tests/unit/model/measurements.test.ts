import { describe, expect, it } from 'vitest';
import { formatMeasurementValue, measurementKindLabel, selectMeasurements } from '../../../src/model/measurements.ts';
import { measurement } from '../support/sample-data.ts';

const all = [
  measurement('a', { metric: 'memory-overhead' }),
  measurement('b', { metric: 'boot-time', technology: 'vm' }),
  measurement('c', { metric: 'boot-time' }),
];

describe('measurements tables', () => {
  it('select by technology, metric or both, grouped by metric then in file order', () => {
    expect(selectMeasurements(all, { technology: 'rc' }).map((m) => m.id)).toEqual(['c', 'a']);
    expect(selectMeasurements(all, { metric: 'boot-time' }).map((m) => m.id)).toEqual(['b', 'c']);
    expect(selectMeasurements(all, { technology: 'vm', metric: 'memory-overhead' })).toEqual([]);
    expect(selectMeasurements(all, {}).map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });

  it('write values in words with their unit and bound', () => {
    expect(formatMeasurementValue({ value: 125, unit: 'ms', bound: 'at-most' })).toBe('at most 125 ms');
    expect(formatMeasurementValue({ value: 5, unit: 'percent', bound: 'about' })).toBe('about 5%');
    expect(formatMeasurementValue({ value: 4000, unit: 'count', bound: 'at-least' })).toBe('at least 4,000');
    expect(formatMeasurementValue({ value: 0.06, unit: 'ms', bound: 'exact' })).toBe('0.06 ms');
    expect(formatMeasurementValue({ value: 150, unit: 'per-second', bound: 'exact' })).toBe('150 per second');
    expect(formatMeasurementValue({ value: 8, unit: 'us', bound: 'exact' })).toBe('8 µs');
  });

  it('label each kind of number so a target is never read as a measurement', () => {
    expect(measurementKindLabel({ kind: 'measured', by: 'IBM Research' })).toEqual({
      label: 'measured',
      description: 'Measured by IBM Research.',
    });
    expect(measurementKindLabel({ kind: 'target', enforced: true }).label).toBe('target (CI-enforced)');
    expect(measurementKindLabel({ kind: 'target', enforced: false }).label).toBe('target (not test-enforced)');
    expect(measurementKindLabel({ kind: 'best-case' }).label).toBe('best case');
  });
});
