import { describe, expect, it } from 'vitest';
import { logScale, spectrumPoints, spectrumRows, tickLabel } from '../../../src/model/spectrum-chart.ts';
import type { Measurement } from '../../../src/schemas/measurement.ts';
import type { Technology } from '../../../src/schemas/technology.ts';

const tech = (id: string, boundary: Technology['isolationBoundary']['kind']) =>
  ({ id, name: id.toUpperCase(), isolationBoundary: { kind: boundary, description: 'x' } }) as Technology;
const technologies = new Map(
  [tech('vm', 'hardware-virtualization'), tech('ctr', 'host-kernel'), tech('sbx', 'user-space-kernel')].map((t) => [
    t.id,
    t,
  ]),
);
const m = (over: Partial<Measurement>): Measurement => ({
  id: 'm',
  technology: 'ctr',
  metric: 'start-time',
  value: 100,
  unit: 'ms',
  bound: 'about',
  what: 'Start',
  conditions: { setup: 'A server', year: 2021 },
  source: 's',
  reported: 'primary',
  kind: 'measured',
  by: 'A lab',
  ...over,
});

describe('log scales of the isolation spectrum chart', () => {
  it('span whole powers of ten around the values and place each decade at an equal distance', () => {
    const scale = logScale([2.3, 125, 800], [0, 300]);
    expect(scale.domain).toEqual([1, 1000]);
    expect(scale.ticks).toEqual([1, 10, 100, 1000]);
    expect(scale.at(1)).toBe(0);
    expect(scale.at(10)).toBeCloseTo(100);
    expect(scale.at(1000)).toBe(300);
    expect(scale.at(125)).toBeGreaterThan(scale.at(100));
  });

  it('widen a single value to one decade', () => {
    expect(logScale([5, 5], [0, 100]).domain).toEqual([1, 10]);
  });

  it('label ticks without floating-point noise', () => {
    expect(logScale([0.008, 12], [0, 1]).ticks.map(tickLabel)).toEqual(['0.001', '0.01', '0.1', '1', '10', '100']);
  });
});

describe('points of the isolation spectrum chart', () => {
  it('convert times to ms and memory to MiB, with the kind and year of each number', () => {
    const { points, problems } = spectrumPoints(
      [
        m({ id: 'a', unit: 's', value: 1.5 }),
        m({
          id: 'b',
          technology: 'vm',
          metric: 'memory-overhead',
          unit: 'MB',
          value: 10,
          conditions: { setup: 'Specification target', year: 2026 },
          kind: 'target',
          enforced: false,
          by: undefined,
        }),
        m({ id: 'c', metric: 'throughput', unit: 'percent' }),
      ],
      technologies,
    );
    expect(problems).toEqual([]);
    expect(points.map((p) => [p.measurement, p.panel, Number(p.value.toFixed(3)), p.kind, p.year])).toEqual([
      ['a', 'time', 1500, 'measured', 2021],
      ['b', 'memory', 9.537, 'target', 2026],
    ]);
  });

  it('fail validation for a point that cannot be drawn honestly, naming the field to fix', () => {
    const { problems } = spectrumPoints(
      [
        m({ id: 'pct', metric: 'memory-overhead', unit: 'percent' }),
        m({ id: 'zero', value: 0 }),
        m({ id: 'bare', conditions: { setup: ' ', year: 2021 } }),
      ],
      technologies,
    );
    expect(problems.map((p) => [p.measurement, p.path.join('.')])).toEqual([
      ['pct', 'unit'],
      ['zero', 'value'],
      ['bare', 'conditions'],
    ]);
  });

  it('order technologies from the weakest boundary to the strongest', () => {
    const { points } = spectrumPoints(
      [m({ technology: 'vm' }), m({ technology: 'sbx' }), m({ technology: 'ctr' })],
      technologies,
    );
    expect(spectrumRows(points, technologies).map((t) => t.id)).toEqual(['ctr', 'sbx', 'vm']);
  });
});
