import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '../schemas/comparison.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Measurement } from '../schemas/measurement.ts';
import type { Source } from '../schemas/source.ts';
import type { Technology } from '../schemas/technology.ts';
import { listFiles } from '../tooling/list-files.ts';
import type { Problem } from '../problems/problems.ts';
import { comparisonsKind, glossaryKind, measurementsKind, sourcesKind, technologiesKind, type DataKind } from './kinds.ts';
import type { Located } from '../problems/located.ts';
import { readDataFile } from './read-data-file.ts';

/** Every data entry of the project that passed its schema, with its location. */
export interface LocatedData {
  sources: Located<Source>[];
  technologies: Located<Technology>[];
  comparisons: Located<Comparison>[];
  measurements: Located<Measurement>[];
  glossary: Located<GlossaryEntry>[];
}

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

/** Load and schema-check all of `content/data/`. Cross-checks between entries run separately. */
export function loadData(root: string): { data: LocatedData; problems: Problem[] } {
  const sources = loadKind(root, sourcesKind);
  const technologies = loadKind(root, technologiesKind);
  const comparisons = loadKind(root, comparisonsKind);
  const measurements = loadKind(root, measurementsKind);
  const glossary = loadKind(root, glossaryKind);
  return {
    data: {
      sources: sources.entries,
      technologies: technologies.entries,
      comparisons: comparisons.entries,
      measurements: measurements.entries,
      glossary: glossary.entries,
    },
    problems: [
      ...misnamedFiles(root),
      ...sources.problems,
      ...technologies.problems,
      ...comparisons.problems,
      ...measurements.problems,
      ...glossary.problems,
    ],
  };
}
