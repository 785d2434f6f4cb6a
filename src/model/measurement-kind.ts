import type { Measurement } from '../schemas/measurement.ts';

/** What kind of number a measurement is: a measured result, a stated target, or a best case. */
export type MeasurementKind = Measurement['kind'];

export const measurementKindLabels: Record<MeasurementKind, string> = {
  measured: 'measured',
  target: 'target',
  'best-case': 'best case',
};

/** The kind of a measurement, as its entry records it (the schema makes `kind` required). */
export function measurementKind(m: Pick<Measurement, 'kind'>): MeasurementKind {
  return m.kind;
}
