/**
 * Reading MDX files as text, without compiling them: the frontmatter block, and the body with
 * code blocks blanked out (so that examples inside code are not mistaken for links or components).
 * Everything keeps its original line and column so problems can point at the exact spot.
 */
export interface MdxParts {
  /** YAML text between the `---` fences, or undefined when the file has no frontmatter. */
  frontmatter: string | undefined;
  /** Lines before the YAML starts (1 for the opening fence). */
  frontmatterLineOffset: number;
  /** The whole file with the frontmatter and fenced code blanked out; same length and line breaks. */
  body: string;
}

const fence = /^---[ \t]*$/;

export function splitMdx(text: string): MdxParts {
  const lines = text.split('\n');
  let frontmatter: string | undefined;
  let bodyStart = 0;
  if (fence.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, i) => i > 0 && fence.test(line));
    if (end > 0) {
      frontmatter = lines.slice(1, end).join('\n');
      bodyStart = end + 1;
    }
  }
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
  return { frontmatter, frontmatterLineOffset: 1, body: bodyLines.join('\n') };
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

export interface Found {
  value: string;
  line: number;
  column: number;
}

/** Every match of `pattern` (which must have the g flag) in the body, with the position of capture group 1. */
export function findAll(body: string, pattern: RegExp): Found[] {
  const out: Found[] = [];
  for (const m of body.matchAll(pattern)) {
    const value = m[1] ?? m[0];
    const offset = m.index! + m[0].indexOf(value);
    out.push({ value, ...positionAt(body, offset) });
  }
  return out;
}
