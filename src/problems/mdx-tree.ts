import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { problem, type Problem } from './problems.ts';

/**
 * Parsing a page with the MDX compiler the build uses (Sätteri, through @astrojs/mdx), so that
 * `npm run validate` rejects exactly the syntax the build would reject, at the same place.
 * A syntax error becomes one problem with a sentence on how to fix it; the HTML tree (hast, with
 * MDX's JSX and ESM nodes) feeds the checks that need real structure: components used, images,
 * heading anchors.
 */
export interface MdxNode {
  /** `element`, `text`, `mdxJsxFlowElement`, `mdxJsxTextElement`, `mdxjsEsm`, ... */
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  /** JSX element name (`Cite`, `div`), or null for a fragment. */
  name?: string | null;
  value?: string;
  children?: MdxNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

/** The compiler's features as @astrojs/mdx sets them by default. */
const features = { gfm: true, smartPunctuation: true };

const located = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+:[\w-]+)\))?$/;

/** What to change, for the compiler's common complaints. */
function advice(reason: string): string {
  const closing = /closing tag for `<([^>`]*)>`/.exec(reason);
  if (closing) return `close it with </${closing[1]}> or write it self-closing, as in <${closing[1]} ... />`;
  if (/after `<`/.test(reason))
    return 'MDX reads "<" as the start of a tag; finish the tag, or write &lt; for a less-than sign';
  if (/closing brace for `\{`/.test(reason) || /expression/i.test(reason))
    return 'MDX reads "{" as the start of an expression; close it with "}", or write \\{ for a literal brace';
  if (/closing tag/i.test(reason)) return 'check that every tag opened on this page is closed in the same block';
  return 'MDX reads "<" as a tag and "{" as an expression; write &lt; or \\{ where you mean the characters';
}

/** The compiler's message as a located problem; the position is the compiler's own. */
export function syntaxProblem(file: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const match = located.exec(raw.trim());
  const reason = (match ? match[3]! : raw)
    .replace(/ \(\d+:\d+\)/g, '')
    .replace(/\s+$/, '')
    .replace(/\.$/, '');
  const at = { line: match ? Number(match[1]) : 1, column: match ? Number(match[2]) : 1 };
  return problem(file, at, `MDX cannot read this: ${reason}; ${advice(reason)}.`);
}

/** Parse a whole MDX file (frontmatter included). Returns the tree, or the one syntax problem. */
export function parseMdx(text: string, file: string): { tree?: MdxNode; problem?: Problem } {
  try {
    return { tree: mdxToHast(text, { features }) as unknown as MdxNode };
  } catch (error) {
    return { problem: syntaxProblem(file, error) };
  }
}

/** Every node of the tree, depth first, in document order. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** 1-based position of a node (1:1 when the compiler gave none). */
export function startOf(node: MdxNode): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The plain text of a node, as heading ids are made from it. */
export function textOf(node: MdxNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The ids the build gives a page's headings (the same slugger and text as @astrojs/mdx), and explicit `id` attributes. */
export function anchorsOf(tree: MdxNode): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const node of walk(tree)) {
    const explicit =
      node.type === 'element' ? node.properties?.['id'] : node.attributes?.find((a) => a.name === 'id')?.value;
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
      anchors.add(typeof explicit === 'string' ? explicit : slugger.slug(textOf(node)));
    } else if (typeof explicit === 'string' && !/^[A-Z]/.test(node.name ?? '')) {
      anchors.add(explicit);
    }
  }
  return anchors;
}
