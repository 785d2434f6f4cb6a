import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../tooling/list-files.ts';
import type { Problem } from '../problems/problems.ts';
import { kindNames, kindsByName, type DataKind, type EntryOf, type KindName } from './kinds.ts';
import type { Located } from '../problems/located.ts';
import { readDataFile } from './read-data-file.ts';

/** Every data entry of the project that passed its schema, with its location. */
export type LocatedData = { [K in KindName]: Located<EntryOf<K>>[] };

/** Project-relative paths of the YAML files of one kind (none when the folder or file is missing). */
export function dataFiles(root: string, kind: DataKind<unknown>): string[] {
  if ('file' in kind.location) return existsSync(join(root, kind.location.file)) ? [kind.location.file] : [];
  return listFiles(root, kind.location.dir, ['.yaml']);
}

/** Read every file of one kind. */
export function loadKind<T>(
  root: string,
  kind: DataKind<T>,
): { entries: Located<T>[]; problems: Problem[]; unreadableIds: string[] } {
  const entries: Located<T>[] = [];
  const problems: Problem[] = [];
  const unreadableIds: string[] = [];
  for (const file of dataFiles(root, kind as DataKind<unknown>)) {
    const result = readDataFile(root, file, kind);
    entries.push(...result.entries);
    problems.push(...result.problems);
    unreadableIds.push(...result.unreadableIds);
  }
  return { entries, problems, unreadableIds };
}

/** `.yml` files would be silently skipped by the loaders; say so instead. */
function misnamedFiles(root: string): Problem[] {
  return listFiles(root, 'content/data', ['.yml']).map((file) => ({
    file,
    line: 1,
    column: 1,
    severity: 'error' as const,
    message: `Data files end in .yaml; rename this file to ${file.replace(/^.*\//, '').replace(/\.yml$/, '.yaml')}.`,
  }));
}

/**
 * Ids of entries that exist in the files but could not be read (a YAML error, an invalid field),
 * by the noun of their kind ("source", "technology", ...). Their uses are not reported as unknown ids:
 * the entry's own problem is the one to fix.
 */
export type UnreadableIds = ReadonlyMap<string, ReadonlySet<string>>;

/** Load and schema-check all of `content/data/`, kind by kind. Cross-checks between entries run separately. */
export function loadData(root: string): { data: LocatedData; problems: Problem[]; unreadable: UnreadableIds } {
  const loaded = kindNames.map((name) => {
    const kind = kindsByName[name] as DataKind<unknown>;
    return [name, kind, loadKind(root, kind)] as const;
  });
  return {
    data: Object.fromEntries(loaded.map(([name, , result]) => [name, result.entries])) as LocatedData,
    unreadable: new Map(loaded.map(([, kind, result]) => [kind.noun, new Set(result.unreadableIds)])),
    problems: [...misnamedFiles(root), ...loaded.flatMap(([, , result]) => result.problems)],
  };
}
