import type { Measurement, Unit } from '../schemas/measurement.ts';
import type { Technology } from '../schemas/technology.ts';
import type { MeasurementKind } from './measurement-kind.ts';
import { formatMeasurementValue } from './measurements.ts';

/**
 * The measured isolation spectrum on /isolation-spectrum/: start (or boot) time and memory overhead
 * of each technology, on log scales, with technologies ordered from the weakest boundary to the
 * strongest. Pure functions: the component draws the SVG, the validator checks the points.
 */

/** Boundaries from the weakest to the strongest, as the spectrum page orders them. */
export const boundaryOrder: readonly Technology['isolationBoundary']['kind'][] = [
  'host-kernel',
  'language-sandbox',
  'user-space-kernel',
  'hardware-virtualization',
];

export type Panel = 'time' | 'memory';

const toMs: Partial<Record<Unit, number>> = { ns: 1e-6, us: 1e-3, ms: 1, s: 1000 };
const toMiB: Partial<Record<Unit, number>> = {
  KiB: 1 / 1024,
  MiB: 1,
  GiB: 1024,
  KB: 1e3 / 2 ** 20,
  MB: 1e6 / 2 ** 20,
  GB: 1e9 / 2 ** 20,
};

/** Which panel a metric belongs on, and the factor that converts its unit to the panel's (ms or MiB). */
function placement(m: Pick<Measurement, 'metric' | 'unit'>): { panel: Panel; factor: number | undefined } | undefined {
  if (m.metric === 'start-time' || m.metric === 'boot-time') return { panel: 'time', factor: toMs[m.unit] };
  if (m.metric === 'memory-overhead') return { panel: 'memory', factor: toMiB[m.unit] };
  return undefined;
}

export interface SpectrumPoint {
  measurement: string;
  technology: string;
  panel: Panel;
  /** In ms (time) or MiB (memory). */
  value: number;
  /** As the data gives it: "at most 125 ms". */
  label: string;
  kind: MeasurementKind;
  year: number;
  source: string;
  what: string;
}

export interface SpectrumProblem {
  measurement: string;
  path: (string | number)[];
  message: string;
}

/**
 * The chart's points, and a problem for every measurement that belongs on the chart but cannot be
 * drawn honestly: a unit that does not convert, a value of zero on a log scale, or missing conditions.
 */
export function spectrumPoints(
  measurements: readonly Measurement[],
  technologies: ReadonlyMap<string, Technology>,
): { points: SpectrumPoint[]; problems: SpectrumProblem[] } {
  const points: SpectrumPoint[] = [];
  const problems: SpectrumProblem[] = [];
  for (const m of measurements) {
    const place = placement(m);
    if (!place || !technologies.has(m.technology)) continue;
    const problem = (path: (string | number)[], message: string) => problems.push({ measurement: m.id, path, message });
    if (place.factor === undefined) {
      problem(
        ['unit'],
        `The isolation spectrum chart plots ${place.panel === 'time' ? 'times in ns, us, ms or s' : 'memory in KiB, MiB, GiB, KB, MB or GB'}; give this ${m.metric} in one of those units.`,
      );
      continue;
    }
    if (m.value <= 0) {
      problem(['value'], 'A log-scale chart cannot show zero; give the smallest value the source reports.');
      continue;
    }
    if (!m.conditions?.setup?.trim() || !m.conditions.year) {
      problem(
        ['conditions'],
        'Every point on the isolation spectrum chart needs its conditions (setup and year); add them.',
      );
      continue;
    }
    points.push({
      measurement: m.id,
      technology: m.technology,
      panel: place.panel,
      value: m.value * place.factor,
      label: formatMeasurementValue(m),
      kind: m.kind,
      year: m.conditions.year,
      source: m.source,
      what: m.what,
    });
  }
  return { points, problems };
}

/** The technologies that have points, ordered by boundary (weakest first), then by name. */
export function spectrumRows(
  points: readonly SpectrumPoint[],
  technologies: ReadonlyMap<string, Technology>,
): Technology[] {
  const ids = [...new Set(points.map((p) => p.technology))];
  const rank = (t: Technology) => boundaryOrder.indexOf(t.isolationBoundary.kind);
  return ids.map((id) => technologies.get(id)!).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'));
}

export interface LogScale {
  /** Position in the output range for a positive value. */
  at: (value: number) => number;
  /** Powers of ten inside the domain, for ticks. */
  ticks: number[];
  domain: [number, number];
}

/** A base-10 log scale from whole powers of ten around `values` onto [start, end]. */
export function logScale(values: readonly number[], [start, end]: [number, number]): LogScale {
  const positive = values.filter((v) => v > 0);
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  let hi = Math.ceil(Math.log10(Math.max(...positive)));
  if (hi === lo) hi = lo + 1;
  const at = (value: number) => start + ((Math.log10(value) - lo) / (hi - lo)) * (end - start);
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  return { at, ticks, domain: [10 ** lo, 10 ** hi] };
}

/** "0.1", "1", "10", "1,000": tick labels without floating-point noise. */
export function tickLabel(value: number): string {
  return Number(value.toPrecision(1)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** The chart's table: technology by technology (weakest boundary first), time before memory. */
export function spectrumTable(data: {
  measurements: readonly Measurement[];
  technologies: ReadonlyMap<string, Technology>;
}): { technology: Technology; points: SpectrumPoint[] }[] {
  const { points } = spectrumPoints(data.measurements, data.technologies);
  return spectrumRows(points, data.technologies).map((technology) => ({
    technology,
    points: points
      .filter((p) => p.technology === technology.id)
      .sort((a, b) => (a.panel === b.panel ? 0 : a.panel === 'time' ? -1 : 1)),
  }));
}

/** The sources the chart's table cites, in its row order. */
export function spectrumCitations(data: {
  measurements: readonly Measurement[];
  technologies: ReadonlyMap<string, Technology>;
}): string[] {
  return spectrumTable(data).flatMap((row) => row.points.map((p) => p.source));
}
