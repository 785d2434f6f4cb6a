import type { Measurement, Metric } from '../schemas/measurement.ts';
import { metricLabels, unitSymbols } from './labels.ts';

/** Which measurements a `<Measurements technology? metric?>` table shows. */
export interface MeasurementFilter {
  technology?: string | undefined;
  metric?: string | undefined;
}

/** Factors to one base unit per dimension, so values in ms and s, or MiB and MB, sort together. */
const unitScale: Partial<Record<Measurement['unit'], number>> = {
  ns: 1e-6,
  us: 1e-3,
  ms: 1,
  s: 1e3,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
};
const comparable = (m: Measurement) => m.value * (unitScale[m.unit] ?? 1);

/**
 * The measurements matching every given filter, grouped by metric (in the order metrics are declared),
 * then smallest value first (values in the same unit family compare across units), then in file order.
 */
export function selectMeasurements(all: readonly Measurement[], filter: MeasurementFilter): Measurement[] {
  const metricOrder = Object.keys(metricLabels);
  return all
    .filter(
      (m) =>
        (filter.technology === undefined || m.technology === filter.technology) &&
        (filter.metric === undefined || m.metric === filter.metric),
    )
    .map((m, index) => ({ m, index }))
    .sort(
      (a, b) =>
        metricOrder.indexOf(a.m.metric) - metricOrder.indexOf(b.m.metric) ||
        comparable(a.m) - comparable(b.m) ||
        a.index - b.index,
    )
    .map(({ m }) => m);
}

/**
 * What every row of a measurements table has in common (the same source reading and year), said once
 * under the caption instead of in every row; undefined when the rows differ.
 */
export function sharedConditions(
  rows: readonly Measurement[],
): { versions: string | undefined; year: number } | undefined {
  const first = rows[0];
  if (!first || rows.length < 2) return undefined;
  const same = rows.every(
    (m) => m.conditions.versions === first.conditions.versions && m.conditions.year === first.conditions.year,
  );
  return same ? { versions: first.conditions.versions, year: first.conditions.year } : undefined;
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
