/**
 * Mermaid's errors as Problems: the line and column in the diagram file, and Mermaid's own message.
 * Mermaid counts lines from the first non-blank line after the frontmatter; `DiagramSpec.line` is where
 * that line sits in the file.
 */
import type { Problem } from '../problems/problems.ts';
import type { DiagramSpec } from './source.ts';

/** What Mermaid reports: jison parsers add `hash` (0-based `line`, 1-based `loc.first_line`, 0-based columns). */
export interface MermaidError {
  message: string;
  hash?: {
    line?: number;
    loc?: { first_line: number; first_column: number; last_line?: number; last_column?: number };
  } | null;
}

/**
 * Where a lexical error sits on its line. Jison prints up to 20 characters before and after the
 * error, newlines removed, with a caret between; find the column where the line agrees with both.
 */
function columnFromCaret(message: string, lineText: string): number | undefined {
  const lines = message.split('\n');
  const caretLine = lines.findIndex((l) => /^-*\^$/.test(l));
  if (caretLine < 1) return undefined;
  const context = lines[caretLine - 1]!;
  const caret = lines[caretLine]!.length - 1;
  const past = context.slice(0, caret).replace(/^\.\.\./, '');
  const upcoming = context.slice(caret).replace(/\.\.\.$/, '');
  const agrees = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  for (let column = 1; column <= lineText.length + 1; column++) {
    const before = lineText.slice(0, column - 1).replace(/\n/g, '');
    const after = lineText.slice(column - 1);
    if ((past.endsWith(before) || before.endsWith(past)) && agrees(after, upcoming)) return column;
  }
  return undefined;
}

/** Mermaid's message without its location preamble and source excerpt. */
function cleanMessage(message: string): string {
  // Newer parsers quote a line break as a real one (found `<newline>`): keep the message on one line.
  const lines = message
    .replace(/`\n`/g, '`\\n`')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (/^No diagram type detected/.test(lines[0] ?? '')) {
    return 'Mermaid does not know this diagram type; start with a type such as `flowchart TB` or `block-beta`.';
  }
  const parse = /^(?:Parsing failed:\s*)?(?:Parse|Lexer|Lexical) error on line \d+(?:, column \d+)?[:.]?\s*(.*)$/i.exec(
    lines[0] ?? '',
  );
  if (parse) {
    const rest = lines.slice(1).filter((l) => !/^-*\^$/.test(l) && !l.startsWith('...'));
    const detail = [parse[1], ...rest].filter(Boolean).join(' ').trim();
    return detail === 'Unrecognized text.'
      ? 'Mermaid does not recognise the text here (Unrecognized text); check for an unclosed bracket or quote.'
      : `Mermaid cannot parse this: ${detail}`;
  }
  return `Mermaid reports: ${lines.join(' ')}`;
}

export function mermaidProblem(spec: DiagramSpec, error: MermaidError): Problem {
  const sourceLines = spec.source.split('\n');
  const explicit = /line (\d+)(?:, column (\d+))?/i.exec(error.message);
  let line =
    error.hash?.loc?.first_line ??
    (typeof error.hash?.line === 'number' ? error.hash.line + 1 : undefined) ??
    (explicit ? Number(explicit[1]) : 1);
  let column = error.hash?.loc ? error.hash.loc.first_column + 1 : explicit?.[2] ? Number(explicit[2]) : undefined;
  // Mermaid may count a line past the end when the source stops mid-statement.
  const lastLine = sourceLines.length - (sourceLines.at(-1) === '' ? 1 : 0);
  line = Math.min(Math.max(line, 1), Math.max(lastLine, 1));
  column ??= columnFromCaret(error.message, sourceLines[line - 1] ?? '') ?? 1;
  const message = cleanMessage(error.message);
  if (spec.generated) {
    return {
      file: spec.file,
      line: spec.line,
      column: 1,
      severity: 'error',
      message: `The stack "${spec.id}" generated Mermaid that does not render (line ${line} of the generated source); ${message}`,
    };
  }
  return { file: spec.file, line: spec.line + line - 1, column, severity: 'error', message };
}
