import { readContentText } from '../tooling/read-text.ts';
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
  /** Ids of entries left out because of those problems, so that uses of them are not reported again. */
  unreadableIds: string[];
}

/** Ids a file seems to define, read from the text when it cannot be parsed. */
function idsInText(text: string, file: string, layout: 'list' | 'single'): string[] {
  const ids = [...text.matchAll(/^[ \t]*(?:-[ \t]+)?id:[ \t]*["']?([\w.-]+)/gm)].map((m) => m[1]!);
  if (layout === 'single') ids.push(file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
  return ids;
}

/**
 * Read one YAML data file: check its modeline, parse it keeping node positions, and validate each
 * entry against the kind's schema. Every problem found is returned; nothing throws on bad input.
 */
export function readDataFile<T>(root: string, file: string, kind: DataKind<T>): DataFileResult<T> {
  const text = readContentText(root, file);
  const problems = checkModeline(text, file, kind.jsonSchemaFile);
  // Tab indentation makes the parser report confusing follow-on errors; report the tabs alone.
  const tabs = tabIndentation(text, file);
  if (tabs.length > 0)
    return { entries: [], problems: [...problems, ...tabs], unreadableIds: idsInText(text, file, kind.layout) };
  const { source, problems: yamlProblems } = parseYaml(text, file);
  if (yamlProblems.length > 0)
    return { entries: [], problems: [...problems, ...yamlProblems], unreadableIds: idsInText(text, file, kind.layout) };

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
  const unreadableIds: string[] = [];
  for (const { value, prefix } of items) {
    const at = (path: readonly (string | number)[] = [], keyOf = false) => locate(source, [...prefix, ...path], keyOf);
    const result = kind.schema.safeParse(value, { reportInput: true });
    if (result.success) entries.push({ value: result.data, file, at });
    else {
      problems.push(...issuesToProblems(result.error.issues, kind.schema, file, at));
      const id = (value as { id?: unknown } | null)?.id;
      unreadableIds.push(...(typeof id === 'string' ? [id] : []), ...idsInText('', file, kind.layout));
    }
  }
  return { entries, problems, unreadableIds };
}
