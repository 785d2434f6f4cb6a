/**
 * The one reader of frontmatter blocks, for topic pages (`.mdx`) and diagram files (`.mmd`) alike:
 * a `---` line, YAML, and a closing `---` line, at the very start of the file.
 */
const fence = /^---[ \t]*$/;

export interface Frontmatter {
  /** The YAML between the fences. */
  yaml: string;
  /** Lines before the YAML in the file (the opening fence): add to YAML line numbers. */
  lineOffset: number;
  /** 0-based index of the first line after the closing fence. */
  bodyStart: number;
}

/** The frontmatter of a file split into lines, or undefined when it does not open and close with `---`. */
export function readFrontmatter(lines: readonly string[]): Frontmatter | undefined {
  if (!fence.test(lines[0] ?? '')) return undefined;
  const closing = lines.findIndex((line, i) => i > 0 && fence.test(line));
  if (closing < 0) return undefined;
  return { yaml: lines.slice(1, closing).join('\n'), lineOffset: 1, bodyStart: closing + 1 };
}
