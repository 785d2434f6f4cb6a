import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/problems.ts';
import { locate, parseYaml } from '../problems/yaml-source.ts';
import type { DataKind } from './kinds.ts';
import type { Located } from '../problems/located.ts';
import { checkModeline } from './modeline.ts';
import { tabIndentation } from './tab-indentation.ts';
import { issuesToProblems } from '../problems/zod-problems.ts';

export interface DataFileResult<T> {
  /** The entries that passed their schema. Entries with problems are left out. */
  entries: Located<T>[];
  problems: Problem[];
}

/**
 * Read one YAML data file: check its modeline, parse it keeping node positions, and validate each
 * entry against the kind's schema. Every problem found is returned; nothing throws on bad input.
 */
export function readDataFile<T>(root: string, file: string, kind: DataKind<T>): DataFileResult<T> {
  const text = readFileSync(join(root, file), 'utf8');
  const problems = checkModeline(text, file, kind.jsonSchemaFile);
  // Tab indentation makes the parser report confusing follow-on errors; report the tabs alone.
  const tabs = tabIndentation(text, file);
  if (tabs.length > 0) return { entries: [], problems: [...problems, ...tabs] };
  const { source, problems: yamlProblems } = parseYaml(text, file);
  if (yamlProblems.length > 0) return { entries: [], problems: [...problems, ...yamlProblems] };

  const document: unknown = source.doc.toJS();
  const items: { value: unknown; prefix: (string | number)[] }[] = [];
  if (kind.layout === 'single') {
    items.push({ value: document ?? {}, prefix: [] });
  } else if (document === null || document === undefined) {
    // An empty list file (only the modeline and comments) holds no entries; that is allowed.
  } else if (!Array.isArray(document)) {
    problems.push({
      file,
      ...locate(source, []),
      severity: 'error',
      message: `This file must be a list of ${kind.plural}; start each entry with \`- id:\`.`,
    });
  } else {
    document.forEach((value, index) => items.push({ value, prefix: [index] }));
  }

  const entries: Located<T>[] = [];
  for (const { value, prefix } of items) {
    const at = (path: readonly (string | number)[] = [], keyOf = false) => locate(source, [...prefix, ...path], keyOf);
    const result = kind.schema.safeParse(value, { reportInput: true });
    if (result.success) entries.push({ value: result.data, file, at });
    else problems.push(...issuesToProblems(result.error.issues, kind.schema, file, at));
  }
  return { entries, problems };
}
