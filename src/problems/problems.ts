/**
 * A problem found in the content: where it is and what the contributor should change.
 * Every validator (src/validation, src/collections, src/diagrams) reports `Problem`s; the CLI and the build format them the same way.
 */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column of the offending node. */
  line: number;
  column: number;
  /** One sentence saying what is wrong and what to change. */
  message: string;
  severity: 'error' | 'warning';
}

/** The one way to make a problem: where it is, and one sentence saying what to change. */
export function problem(
  file: string,
  at: { line: number; column: number },
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file, line: at.line, column: at.column, message, severity };
}

export type ProblemFormat = 'text' | 'json' | 'github';

export function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`;
}

/** GitHub workflow commands need `%`, CR and LF escaped in the message, and `,` `:` in properties too. */
function escapeGithub(text: string, isProperty = false): string {
  let out = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (isProperty) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C');
  return out;
}

export function formatProblems(problems: Problem[], format: ProblemFormat = 'text'): string {
  const sorted = [...problems].sort(byLocation);
  if (format === 'json') return JSON.stringify(sorted, null, 2);
  if (format === 'github') {
    return sorted
      .map(
        (p) =>
          `::${p.severity} file=${escapeGithub(p.file, true)},line=${p.line},col=${p.column}::${escapeGithub(p.message)}`,
      )
      .join('\n');
  }
  return sorted.map(formatProblem).join('\n');
}

export function summarize(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
