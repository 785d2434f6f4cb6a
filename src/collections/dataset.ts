import { kindNames, kindsByName, type EntryOf, type KindName } from './kinds.ts';
import type { LocatedData } from './load-data.ts';

/**
 * All data of the site, by kind: a map by id, or for `index: 'list'` kinds (measurements) a list in
 * file order. What components and pages render from; built from the content collections at build
 * time, or from the validator's located entries.
 */
export type DataSet = {
  readonly [K in KindName]: (typeof kindsByName)[K]['index'] extends 'list'
    ? readonly EntryOf<K>[]
    : ReadonlyMap<string, EntryOf<K>>;
};

/** Every kind's entries as plain lists. */
export type DataLists = { readonly [K in KindName]: readonly EntryOf<K>[] };

/** Maps by id; when an id repeats (a validation error), the first entry wins. */
function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

export function indexData(lists: DataLists): DataSet {
  return Object.fromEntries(
    kindNames.map((name) => {
      const entries: readonly { id: string }[] = lists[name];
      return [name, kindsByName[name].index === 'list' ? entries : byId(entries)];
    }),
  ) as unknown as DataSet;
}

/** The plain values of located entries, indexed. */
export function dataSetOf(data: LocatedData): DataSet {
  return indexData(
    Object.fromEntries(kindNames.map((name) => [name, data[name].map((e) => e.value)])) as unknown as DataLists,
  );
}
