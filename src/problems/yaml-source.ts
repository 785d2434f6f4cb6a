import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';

export type PathKey = string | number;

/** A parsed YAML text that remembers where every node came from. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Added to every reported line: frontmatter starts below the opening `---`. */
  lineOffset: number;
}

export function parseYaml(text: string, file: string, lineOffset = 0): { source: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const source = { file, doc, lineCounter, lineOffset };
  const problems: Problem[] = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return {
      file,
      line: line + lineOffset,
      column: col,
      message: yamlErrorMessage(error.code, error.message),
      severity: 'error' as const,
    };
  });
  return { source, problems };
}

/** Turn the YAML library's error codes into advice a contributor can act on. */
function yamlErrorMessage(code: string, raw: string): string {
  const first = raw.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  if (code === 'TAB_AS_INDENT' || /tab/i.test(first)) {
    return 'YAML does not allow tabs for indentation; indent with spaces (two per level).';
  }
  if (code === 'DUPLICATE_KEY') return `${first}; remove one of the two entries.`;
  return `The YAML is malformed (${first}); check the indentation, quotes and colons on this line.`;
}

function lineCol(source: YamlSource, offset: number) {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

/**
 * Location of the node at `path`, or of its nearest existing ancestor when the path does not exist
 * (a missing key is reported at the map that should hold it).
 * With `keyOf`, the location of the key itself (used for unknown keys).
 */
export function locate(source: YamlSource, path: readonly PathKey[], keyOf = false): { line: number; column: number } {
  let node: unknown = source.doc.contents;
  let located: { line: number; column: number } =
    node && (node as Node).range
      ? lineCol(source, (node as Node).range![0])
      : { line: 1 + source.lineOffset, column: 1 };
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (isLast && keyOf && keyNode.range) return lineCol(source, keyNode.range[0]);
      const value = pair.value as Node | null;
      // `key:` with no value: point at the key.
      const target = value && value.range ? value : keyNode;
      if (target.range) located = lineCol(source, target.range[0]);
      node = value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) located = lineCol(source, item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return located;
}

/** Location of a scalar value anywhere in the document whose value equals `text` (first match). */
export function locateScalar(source: YamlSource, text: string): { line: number; column: number } | undefined {
  let found: { line: number; column: number } | undefined;
  const visit = (node: unknown) => {
    if (found) return;
    if (isScalar(node) && String(node.value) === text && node.range) found = lineCol(source, node.range[0]);
    else if (isMap(node))
      node.items.forEach((p) => {
        visit(p.key);
        visit(p.value);
      });
    else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(source.doc.contents);
  return found;
}
