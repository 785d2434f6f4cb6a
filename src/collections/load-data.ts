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
export function loadKind<T>(root: string, kind: DataKind<T>): { entries: Located<T>[]; problems: Problem[] } {
  const entries: Located<T>[] = [];
  const problems: Problem[] = [];
  for (const file of dataFiles(root, kind as DataKind<unknown>)) {
    const result = readDataFile(root, file, kind);
    entries.push(...result.entries);
    problems.push(...result.problems);
  }
  return { entries, problems };
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

/** Load and schema-check all of `content/data/`, kind by kind. Cross-checks between entries run separately. */
export function loadData(root: string): { data: LocatedData; problems: Problem[] } {
  const loaded = kindNames.map((name) => [name, loadKind(root, kindsByName[name] as DataKind<unknown>)] as const);
  return {
    data: Object.fromEntries(loaded.map(([name, result]) => [name, result.entries])) as LocatedData,
    problems: [...misnamedFiles(root), ...loaded.flatMap(([, result]) => result.problems)],
  };
}
