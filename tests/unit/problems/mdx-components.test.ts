import { describe, expect, it } from 'vitest';
import { attributeValue, findComponentUses } from '../../../src/problems/mdx-components.ts';
import { splitMdx } from '../../../src/problems/mdx-source.ts';

const names = ['Cite', 'ComparisonTable', 'Term'];

describe('finding data components in an MDX body', () => {
  it('finds opening tags in document order with the position of each attribute value', () => {
    const body =
      'Text.<Cite id="a" loc="p. 3" />\n\n<ComparisonTable\n  id="t"\n  rows=\'x, y\'\n/>\nA <Term id="k">term</Term>.';
    const uses = findComponentUses(body, names);
    expect(uses.map((u) => [u.name, u.line, u.column])).toEqual([
      ['Cite', 1, 6],
      ['ComparisonTable', 3, 1],
      ['Term', 7, 3],
    ]);
    expect(uses[0]!.attributes).toEqual([
      { name: 'id', value: 'a', line: 1, column: 16 },
      { name: 'loc', value: 'p. 3', line: 1, column: 24 },
    ]);
    expect(uses[1]!.attributes.map((a) => [a.name, a.value, a.line, a.column])).toEqual([
      ['id', 't', 4, 7],
      ['rows', 'x, y', 5, 9],
    ]);
    expect(attributeValue(uses[2]!, 'id')).toBe('k');
  });

  it('ignores other components whose names start the same, closing tags, and code', () => {
    const text =
      '---\ntitle: x\n---\n<CiteList id="no" /></Cite>\n\n```mdx\n<Cite id="in-code" />\n```\n`<Cite id="inline" />` <Cite id="real" />';
    const uses = findComponentUses(splitMdx(text).body, names);
    expect(uses.map((u) => attributeValue(u, 'id'))).toEqual(['real']);
  });

  it('keeps expressions and bare attributes without a value, and a value containing ">"', () => {
    const [use] = findComponentUses('<Cite id={ids[0]} hidden loc="a > b" />', names);
    expect(use!.readable).toBe(true);
    expect(use!.attributes.map((a) => [a.name, a.value])).toEqual([
      ['id', undefined],
      ['hidden', undefined],
      ['loc', 'a > b'],
    ]);
  });

  it('marks a tag it cannot read, such as an unquoted value', () => {
    expect(findComponentUses('<Cite id=real />', names)[0]!.readable).toBe(false);
    expect(findComponentUses('<Cite id="unclosed />', names)[0]!.readable).toBe(false);
  });
});
