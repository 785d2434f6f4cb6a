import type { Measurement, Metric } from '../../schemas/measurement.ts';
import type { Profile, ProfileFact } from '../../schemas/profile.ts';
import type { Technology } from '../../schemas/technology.ts';
import { boundaryLabels, kernelLabels, technologyKindLabels } from '../labels.ts';
import { measurementKindLabels } from '../measurement-kind.ts';
import { formatMeasurementValue } from '../measurements.ts';

/**
 * The compare tool's table, generated from the data: catalog fields, measurements and profile facts,
 * one row per characteristic and one column per technology. Every filled cell carries its sources.
 */

export interface CompareValue {
  /** "about 190 ms" */
  value: string;
  /** measured, target or best case */
  kind: string;
  what: string;
  year: number;
  source: string;
}

export interface CompareCell {
  /** yes, no, partly for the profile facts. */
  answer?: 'yes' | 'no' | 'partly';
  text: string;
  /** Numbers with their kind and year (start time, memory overhead). */
  values?: CompareValue[];
  sources: string[];
}

export interface CompareRow {
  id: string;
  label: string;
  /** One cell per column, undefined where the data has nothing. */
  cells: (CompareCell | undefined)[];
}

const facts: [ProfileFact, string][] = [
  ['hardwareVirtualization', 'Needs hardware virtualization'],
  ['nestedVirtualization', 'Runs in a cloud VM without nested virtualization'],
  ['kubernetes', 'Kubernetes integration'],
  ['gpu', 'GPU support'],
  ['ociImages', 'Runs OCI container images'],
  ['production', 'Maturity: production use'],
];

function numbers(
  measurements: readonly Measurement[],
  technology: string,
  metrics: readonly Metric[],
): CompareCell | undefined {
  const found = measurements.filter((m) => m.technology === technology && metrics.includes(m.metric));
  if (found.length === 0) return undefined;
  const values = found.map((m) => ({
    value: formatMeasurementValue(m),
    kind: measurementKindLabels[m.kind],
    what: m.what,
    year: m.conditions.year,
    source: m.source,
  }));
  return { text: values.map((v) => v.value).join('; '), values, sources: found.map((m) => m.source) };
}

export function compareRows(
  technologies: readonly Technology[],
  profiles: ReadonlyMap<string, Profile>,
  measurements: readonly Measurement[],
): CompareRow[] {
  const fromCatalog = (id: string, label: string, cell: (t: Technology) => CompareCell | undefined): CompareRow => ({
    id,
    label,
    cells: technologies.map(cell),
  });
  return [
    fromCatalog('kind', 'Kind', (t) => ({ text: technologyKindLabels[t.kind].singular, sources: t.sources })),
    fromCatalog('kernel', 'Kernel the workload uses', (t) => ({ text: kernelLabels[t.kernel], sources: t.sources })),
    fromCatalog('boundary', 'Isolation boundary', (t) => ({
      text: `${boundaryLabels[t.isolationBoundary.kind]}. ${t.isolationBoundary.description}`,
      sources: t.sources,
    })),
    fromCatalog('start', 'Start or boot time', (t) => numbers(measurements, t.id, ['start-time', 'boot-time'])),
    fromCatalog('memory', 'Memory overhead', (t) => numbers(measurements, t.id, ['memory-overhead'])),
    ...facts.map(([fact, label]) =>
      fromCatalog(fact, label, (t) => {
        const f = profiles.get(t.id)?.[fact];
        return f ? { answer: f.answer, text: f.summary, sources: f.sources } : undefined;
      }),
    ),
    fromCatalog('first-release', 'First release', (t) =>
      t.firstRelease
        ? {
            text: `${t.firstRelease.year}${t.firstRelease.note ? ` (${t.firstRelease.note})` : ''}`,
            sources: t.sources,
          }
        : undefined,
    ),
  ];
}

/** Source ids in the order the table cites them: row by row, cell by cell. */
export function compareCitations(rows: readonly CompareRow[]): string[] {
  return rows.flatMap((row) => row.cells.flatMap((cell) => cell?.sources ?? []));
}

/** Technology ids chosen in a URL (`?t=gvisor&t=firecracker`): known ones, no repeats, at most four; empty means all. */
export function chosenTechnologies(params: URLSearchParams, known: readonly string[]): string[] {
  const chosen = [...new Set(params.getAll('t'))].filter((id) => known.includes(id));
  return chosen.length >= 1 ? chosen.slice(0, 4) : [];
}
