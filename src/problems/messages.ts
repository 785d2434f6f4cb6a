import type { z } from 'astro/zod';

/**
 * One sentence per Zod issue, naming the field and saying what to write instead.
 * Schemas phrase custom refinement messages as "must ..." so they read well after the field name.
 */
type Issue = z.core.$ZodIssue;

export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The document';
  return '`' + path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('') + '`';
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an impossible date' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function plural(n: number | bigint, word: string) {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

/** " (it has 212)", when the value's length is known. */
function has(input: unknown, unit: string): string {
  const length = typeof input === 'string' ? input.trim().length : Array.isArray(input) ? input.length : undefined;
  return length === undefined ? '' : ` (it has ${plural(length, unit)})`;
}

function unitFor(origin: string): string {
  if (origin === 'string') return 'character';
  if (origin === 'array' || origin === 'set') return 'item';
  return '';
}

/** Edit distance, for "did you mean" hints on misspelled keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}

/**
 * @param knownKeys keys allowed where the issue occurred, used to suggest a spelling for unknown keys.
 */
export function describeIssue(issue: Issue, knownKeys: readonly string[] = []): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${field} is required but missing; add it.`;
      const expected = issue.expected === 'object' ? 'mapping' : issue.expected === 'array' ? 'list' : issue.expected;
      return `${field} must be ${article(String(expected))}, not ${show(issue.input)}.`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
      const suggestion = issue.keys.length === 1 ? closest(issue.keys[0]!, knownKeys) : undefined;
      const hint = suggestion
        ? `did you mean \`${suggestion}\`?`
        : 'remove it or check its spelling against the schema.';
      return `Unknown key ${keys}${issue.path.length ? ` in ${field}` : ''}; ${hint}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      if (issue.input === undefined) {
        // A schema may say more about what to add (`error: ... 'is required but missing; add ...'`).
        return issue.message.startsWith('is required')
          ? `${field} ${issue.message}.`
          : `${field} is required but missing; add it with one of: ${allowed}.`;
      }
      return `${field} must be one of: ${allowed} (got ${show(issue.input)}).`;
    }
    case 'too_small': {
      const unit = unitFor(issue.origin);
      if (issue.origin === 'date') return `${field} is too early.`;
      if (unit) return `${field} must have at least ${plural(issue.minimum, unit)}${has(issue.input, unit)}.`;
      return `${field} must be at least ${issue.minimum}.`;
    }
    case 'too_big': {
      const unit = unitFor(issue.origin);
      if (issue.origin === 'date') return `${field} is too late.`;
      if (unit) return `${field} must have at most ${plural(issue.maximum, unit)}${has(issue.input, unit)}.`;
      return `${field} must be at most ${issue.maximum}.`;
    }
    case 'invalid_format': {
      if (issue.format === 'date')
        return `${field} must be a real date written YYYY-MM-DD, such as 2026-11-30 (got ${show(issue.input)}); check that the month exists and has that day.`;
      if (issue.format === 'url')
        return `${field} must be an absolute URL starting with https:// (got ${show(issue.input)}).`;
      if (issue.format === 'regex')
        return `${field} ${issue.message.startsWith('must') ? issue.message : `has the wrong form (got ${show(issue.input)})`}.`;
      return `${field} must be a valid ${issue.format} (got ${show(issue.input)}).`;
    }
    case 'invalid_union':
      return `${field} does not match any of the allowed shapes; check it against the schema.`;
    case 'custom':
      return `${field} ${issue.message}.`;
    default:
      return `${field}: ${issue.message}.`;
  }
}
