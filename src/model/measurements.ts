import type { Measurement, Metric } from '../schemas/measurement.ts';
import { metricLabels, unitSymbols } from './labels.ts';

/** Which measurements a `<Measurements technology? metric?>` table shows. */
export interface MeasurementFilter {
  technology?: string | undefined;
  metric?: string | undefined;
}

/** The measurements matching every given filter, grouped by metric (in the order metrics are declared), then in file order. */
export function selectMeasurements(all: readonly Measurement[], filter: MeasurementFilter): Measurement[] {
  const metricOrder = Object.keys(metricLabels);
  return all
    .filter(
      (m) =>
        (filter.technology === undefined || m.technology === filter.technology) &&
        (filter.metric === undefined || m.metric === filter.metric),
    )
    .map((m, index) => ({ m, index }))
    .sort((a, b) => metricOrder.indexOf(a.m.metric) - metricOrder.indexOf(b.m.metric) || a.index - b.index)
    .map(({ m }) => m);
}

const boundWords: Record<Measurement['bound'], string> = {
  exact: '',
  about: 'about ',
  'at-most': 'at most ',
  'at-least': 'at least ',
};

/** "at most 125 ms", "about 5 %", "4,000 per second": the value in words a reader and a screen reader both get right. */
export function formatMeasurementValue(m: Pick<Measurement, 'value' | 'unit' | 'bound'>): string {
  const number = m.value.toLocaleString('en-US', { maximumFractionDigits: 3 });
  const unit = unitSymbols[m.unit];
  return `${boundWords[m.bound]}${number}${unit ? `${unit === '%' ? '' : ' '}${unit}` : ''}`;
}

/**
 * The short label that says what kind of number a row holds ("measured", "target (CI-enforced)",
 * "target (not test-enforced)", "best case"), and the longer sentence a screen reader and a tooltip give.
 */
export function measurementKindLabel(m: Pick<Measurement, 'kind' | 'enforced' | 'by'>): {
  label: string;
  description: string;
} {
  if (m.kind === 'target') {
    return m.enforced
      ? {
          label: 'target (CI-enforced)',
          description: "A specification's target; the project's tests fail when it is missed.",
        }
      : {
          label: 'target (not test-enforced)',
          description: "A specification's target; no test fails when it is missed.",
        };
  }
  if (m.kind === 'best-case')
    return {
      label: 'best case',
      description: 'A vendor\'s best result ("as little as" or "up to"), not a typical one.',
    };
  return { label: 'measured', description: `Measured by ${m.by ?? 'the source'}.` };
}

export function metricLabel(metric: Metric): string {
  return metricLabels[metric];
}
