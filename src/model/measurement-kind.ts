import type { Measurement } from '../schemas/measurement.ts';

/** What kind of number a measurement is: a measured result, a stated target, or a best case. */
export type MeasurementKind = Measurement['kind'];

/**
 * Short labels for the kind of a number, for places with little room (the compare tool's cells, the
 * spectrum chart's points). Measurement tables use the longer `measurementKindLabel()` in
 * measurements.ts, which also says whether a target is enforced.
 */
export const measurementKindLabels: Record<MeasurementKind, string> = {
  measured: 'measured',
  target: 'target',
  'best-case': 'best case',
};
