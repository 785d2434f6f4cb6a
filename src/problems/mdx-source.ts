/**
 * Reading MDX files as text, without compiling them: the frontmatter block, and the body with
 * code blocks blanked out (so that examples inside code are not mistaken for links or components).
 * Everything keeps its original line and column so problems can point at the exact spot.
 */
import { readFrontmatter } from './frontmatter.ts';
import { positionsIn } from './positions.ts';

export interface MdxParts {
  /** YAML text between the `---` fences, or undefined when the file has no frontmatter. */
  frontmatter: string | undefined;
  /** Lines before the YAML starts (1 for the opening fence). */
  frontmatterLineOffset: number;
  /** The whole file with the frontmatter and fenced code blanked out; same length and line breaks. */
  body: string;
}

export function splitMdx(text: string): MdxParts {
  const lines = text.split('\n');
  const block = readFrontmatter(lines);
  const bodyStart = block?.bodyStart ?? 0;
  const blank = (line: string) => line.replace(/[^\s]/g, ' ');
  let inCode = false;
  const bodyLines = lines.map((line, i) => {
    if (i < bodyStart) return blank(line);
    if (/^\s*(```|~~~)/.test(line)) {
      inCode = !inCode;
      return blank(line);
    }
    if (inCode) return blank(line);
    // Inline code spans: blank their contents.
    return line.replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length));
  });
  return { frontmatter: block?.yaml, frontmatterLineOffset: block?.lineOffset ?? 1, body: bodyLines.join('\n') };
}

export interface Found {
  value: string;
  line: number;
  column: number;
}

/** Every match of `pattern` (which must have the g flag) in the body, with the position of capture group 1. */
export function findAll(body: string, pattern: RegExp): Found[] {
  const out: Found[] = [];
  const positionAt = positionsIn(body);
  for (const m of body.matchAll(pattern)) {
    const value = m[1] ?? m[0];
    const offset = m.index! + m[0].indexOf(value);
    out.push({ value, ...positionAt(offset) });
  }
  return out;
}
