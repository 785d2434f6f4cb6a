import type { Comparison } from '../schemas/comparison.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Measurement } from '../schemas/measurement.ts';
import type { Source } from '../schemas/source.ts';
import type { Technology } from '../schemas/technology.ts';
import type { LocatedData } from './load-data.ts';

/**
 * All data of the site, looked up by id: what components and pages render from.
 * Built from the content collections at build time, or from the validator's located entries.
 */
export interface DataSet {
  sources: ReadonlyMap<string, Source>;
  technologies: ReadonlyMap<string, Technology>;
  comparisons: ReadonlyMap<string, Comparison>;
  glossary: ReadonlyMap<string, GlossaryEntry>;
  /** In file order. */
  measurements: readonly Measurement[];
}

export interface DataLists {
  sources: readonly Source[];
  technologies: readonly Technology[];
  comparisons: readonly Comparison[];
  glossary: readonly GlossaryEntry[];
  measurements: readonly Measurement[];
}

/** Maps by id; when an id repeats (a validation error), the first entry wins. */
function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

export function indexData(lists: DataLists): DataSet {
  return {
    sources: byId(lists.sources),
    technologies: byId(lists.technologies),
    comparisons: byId(lists.comparisons),
    glossary: byId(lists.glossary),
    measurements: lists.measurements,
  };
}

/** The plain values of located entries, indexed. */
export function dataSetOf(data: LocatedData): DataSet {
  const values = <T>(entries: readonly { value: T }[]) => entries.map((e) => e.value);
  return indexData({
    sources: values(data.sources),
    technologies: values(data.technologies),
    comparisons: values(data.comparisons),
    glossary: values(data.glossary),
    measurements: values(data.measurements),
  });
}
