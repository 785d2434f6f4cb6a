import type { Problem } from '../../problems/problems.ts';
import { dataKinds, type KindName } from '../../collections/kinds.ts';
import type { LocatedData } from '../../collections/load-data.ts';
import type { Located } from '../../problems/located.ts';

type Entry = Located<{ id: string }>;

/** Ids must be unique across all files of a kind; every repeat is reported where it repeats. */
function duplicateIds(entries: readonly Entry[], noun: string): Problem[] {
  const first = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.value.id);
    if (!earlier) {
      first.set(entry.value.id, entry);
      continue;
    }
    const where = earlier.at(['id']);
    problems.push({
      file: entry.file,
      ...entry.at(['id']),
      severity: 'error',
      message: `The ${noun} id "${entry.value.id}" is already used at ${earlier.file}:${where.line}:${where.column}; give one of the two a different id.`,
    });
  }
  return problems;
}

/** Technologies and comparison tables live one per file, named after their id (the id is in URLs). */
function idsMatchFileNames(entries: readonly Entry[], noun: string): Problem[] {
  return entries.flatMap((entry) => {
    const fileName = entry.file.replace(/^.*\//, '');
    if (fileName === `${entry.value.id}.yaml`) return [];
    return [
      {
        file: entry.file,
        ...entry.at(['id']),
        severity: 'error' as const,
        message: `The ${noun} id "${entry.value.id}" does not match the file name ${fileName}; rename the file to ${entry.value.id}.yaml or change the id.`,
      },
    ];
  });
}

/** Every kind of data: unique ids; kinds stored one entry per file (`layout: 'single'`): ids match file names. */
export function checkIds(data: LocatedData): Problem[] {
  return [
    ...dataKinds.flatMap((kind) => duplicateIds(data[kind.name as KindName], kind.noun)),
    ...dataKinds
      .filter((kind) => kind.layout === 'single')
      .flatMap((kind) => idsMatchFileNames(data[kind.name as KindName], kind.noun)),
  ];
}
