/**
 * Finding uses of the site's MDX components (`<Cite id="..." />`, `<ComparisonTable ... />`) in a
 * page body without compiling it. The body should come from `splitMdx` (code already blanked out),
 * so examples inside code blocks are not mistaken for real uses.
 */
import { positionsIn } from './positions.ts';

export interface Attribute {
  name: string;
  /** The literal value, or undefined for a `{expression}` or an attribute without a value. */
  value: string | undefined;
  /** Where the value starts (inside the quotes), or where the name starts when there is no literal value. */
  line: number;
  column: number;
}

export interface ComponentUse {
  name: string;
  /** Position of the `<`. */
  line: number;
  column: number;
  attributes: Attribute[];
  /** False when the tag could not be read (for example an unquoted attribute value). */
  readable: boolean;
}

/** Offset just past a `{...}` expression starting at `start`, counting nested braces; -1 if unclosed. */
function skipExpression(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Read the attributes of a tag whose name ends at `offset`; stops at `>` or `/>`. */
function readAttributes(
  text: string,
  offset: number,
  at: ReturnType<typeof positionsIn>,
): { attributes: Attribute[]; readable: boolean } {
  const attributes: Attribute[] = [];
  let i = offset;
  const name = /[A-Za-z_][\w.:-]*/y;
  const space = /\s*/y;
  for (;;) {
    space.lastIndex = i;
    space.exec(text);
    i = space.lastIndex;
    if (text.startsWith('/>', i) || text[i] === '>') return { attributes, readable: true };
    name.lastIndex = i;
    const found = name.exec(text);
    if (!found) return { attributes, readable: false };
    const nameStart = i;
    i = name.lastIndex;
    if (text[i] !== '=') {
      attributes.push({ name: found[0], value: undefined, ...at(nameStart) });
      continue;
    }
    i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      if (end < 0) return { attributes, readable: false };
      attributes.push({ name: found[0], value: text.slice(i + 1, end), ...at(i + 1) });
      i = end + 1;
    } else if (quote === '{') {
      const end = skipExpression(text, i);
      if (end < 0) return { attributes, readable: false };
      attributes.push({ name: found[0], value: undefined, ...at(nameStart) });
      i = end;
    } else {
      return { attributes, readable: false };
    }
  }
}

/** Every opening tag of the named components, in document order. */
export function findComponentUses(body: string, names: readonly string[]): ComponentUse[] {
  const at = positionsIn(body);
  const tag = new RegExp(`<(${names.join('|')})(?=[\\s/>])`, 'g');
  return [...body.matchAll(tag)].map((match) => ({
    name: match[1]!,
    ...at(match.index),
    ...readAttributes(body, match.index + match[0].length, at),
  }));
}

/** The literal value of an attribute, if the use has one. */
export function attributeValue(use: ComponentUse, name: string): string | undefined {
  return use.attributes.find((a) => a.name === name)?.value;
}
