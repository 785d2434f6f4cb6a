import { describe, expect, it } from 'vitest';
import { excerptParts, excerptText } from '../../../../src/model/search/excerpt.ts';

describe('excerpts from Pagefind', () => {
  it('become plain-text parts, with matched words marked', () => {
    expect(excerptParts('Linux <mark>namespaces</mark> wrap a resource')).toEqual([
      { text: 'Linux ', marked: false },
      { text: 'namespaces', marked: true },
      { text: ' wrap a resource', marked: false },
    ]);
  });

  it('mark a phrase of adjacent matches as one highlight', () => {
    expect(excerptParts('a <mark>type</mark> <mark>2</mark> <mark>hypervisor</mark> runs')).toEqual([
      { text: 'a ', marked: false },
      { text: 'type 2 hypervisor', marked: true },
      { text: ' runs', marked: false },
    ]);
  });

  it('leave punctuation Pagefind marked with a word outside the highlight', () => {
    expect(excerptParts('control groups <mark>(cgroups).</mark> Next')).toEqual([
      { text: 'control groups (', marked: false },
      { text: 'cgroups', marked: true },
      { text: '). Next', marked: false },
    ]);
  });

  it('give back page text that looks like HTML as text, never as markup', () => {
    const parts = excerptParts('use &lt;th&gt; cells and <mark>&lt;b&gt;bold&lt;/b&gt;</mark> & more');
    expect(excerptText(parts)).toBe('use <th> cells and <b>bold</b> & more');
    expect(parts.find((p) => p.marked)?.text).toBe('b>bold</b');
  });

  it('cope with an excerpt without matches, or an empty one', () => {
    expect(excerptParts('no match here')).toEqual([{ text: 'no match here', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});
