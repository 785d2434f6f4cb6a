import type { Measurement } from '../schemas/measurement.ts';

/** What kind of number a measurement is: a measured result, a stated target, or a best case. */
export type MeasurementKind = 'measured' | 'target' | 'best-case';

export const measurementKindLabels: Record<MeasurementKind, string> = {
  measured: 'measured',
  target: 'target',
  'best-case': 'best case',
};

/**
 * The kind of a measurement. Reads the `kind` field when the data has one; until then it is derived
 * from the words of `what` and the setup: a specification target or design goal is a target, a
 * "best case" is a best case, anything else is a measured result. One function, so switching to the
 * field changes nothing else.
 */
export function measurementKind(m: Pick<Measurement, 'what' | 'conditions'> & { kind?: string }): MeasurementKind {
  if (m.kind === 'measured' || m.kind === 'target' || m.kind === 'best-case') return m.kind;
  const words = `${m.what} ${m.conditions.setup}`;
  if (/\b(target|design goal|specification)\b/i.test(words)) return 'target';
  if (/\bbest[- ]case\b/i.test(words)) return 'best-case';
  return 'measured';
}
