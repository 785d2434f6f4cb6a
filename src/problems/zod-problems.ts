import type { z } from 'astro/zod';
import { problem, type Problem } from './problems.ts';
import { describeIssue } from './messages.ts';
import { locate, type YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;
type Position = { line: number; column: number };
type Locator = (path: (string | number)[], keyOf?: boolean) => Position;

/** The schema at `path` inside `schema`, looking through optional, default, array and record wrappers. */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  let i = 0;
  while (current && i <= path.length) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if ('innerType' in def) current = def.innerType as z.core.$ZodType;
    else if (def.type === 'pipe') current = def.in as z.core.$ZodType;
    else if (i === path.length) return current;
    else if (def.type === 'object') current = (def.shape as Record<string, z.core.$ZodType>)[String(path[i++])];
    else if (def.type === 'array' || def.type === 'record') {
      current = (def.type === 'array' ? def.element : def.valueType) as z.core.$ZodType;
      i++;
    } else return undefined;
  }
  return current;
}

/** Keys an object schema allows at `path`, for "did you mean" suggestions. */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  const def = target?._zod.def as { type?: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * Zod issues as problems at the YAML node they concern. An unknown-keys issue becomes one problem
 * per key, each at its key, so every misspelling gets its own location and suggestion.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  schema: z.core.$ZodType,
  file: string,
  at: Locator,
): Problem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) =>
        problem(file, at([...path, key], true), describeIssue({ ...issue, keys: [key] }, known)),
      );
    }
    return [problem(file, at(path), describeIssue(issue))];
  });
}

/**
 * The one way to check parsed YAML against a schema: the parsed value, or problems at the nodes
 * they concern. `value` defaults to the whole document (an empty mapping when it is empty).
 */
export function parseWithSchema<S extends z.core.$ZodType>(
  source: YamlSource,
  schema: S,
  value: unknown = source.doc.toJS() ?? {},
  at: Locator = (path, keyOf) => locate(source, path, keyOf),
): { value?: z.output<S>; problems: Problem[] } {
  const result = (schema as unknown as z.ZodType<z.output<S>>).safeParse(value, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return { problems: issuesToProblems(result.error.issues, schema, source.file, at) };
}
