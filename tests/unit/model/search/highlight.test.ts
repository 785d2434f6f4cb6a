import { describe, expect, it } from 'vitest';
import { highlightTerms, termPattern } from '../../../../src/model/search/highlight.ts';

const marks = (text: string, terms: string[]) => text.match(termPattern(terms)!) ?? [];

describe('highlighting the searched words on the destination page', () => {
  it('reads the words Pagefind put in the URL, once each, lower-cased', () => {
    expect(highlightTerms('?highlight=Type&highlight=2&highlight=hypervisor&highlight=type')).toEqual([
      'type',
      '2',
      'hypervisor',
    ]);
    expect(highlightTerms('?highlight=%22namespaces%22+cgroups')).toEqual(['namespaces', 'cgroups']);
    expect(highlightTerms('?q=other')).toEqual([]);
  });

  it('marks every word a long term starts, as Pagefind matched it', () => {
    expect(marks('A hypervisor; two Hypervisors. Not superhypervisor.', ['hypervisor'])).toEqual([
      'hypervisor',
      'Hypervisors',
    ]);
  });

  it('marks short terms only as whole words', () => {
    expect(marks('Type 2 runs on 2.6.20 and v2, not 20', ['2'])).toEqual(['2', '2']);
  });

  it('treats terms as text, not as patterns', () => {
    expect(marks('c++ and cxx', ['c++'])).toEqual(['c++']);
    expect(termPattern([])).toBeUndefined();
  });
});
