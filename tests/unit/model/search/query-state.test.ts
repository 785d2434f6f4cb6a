import { describe, expect, it } from 'vitest';
import {
  hasCriteria,
  pagefindBundleUrl,
  pagefindFilterQuery,
  readSearchState,
  searchPageUrl,
  withFilterValue,
  type SearchState,
} from '../../../../src/model/search/query-state.ts';

const params = (s: string) => new URLSearchParams(s);

describe('a search in the URL', () => {
  it('reads the words and the chosen filter values', () => {
    expect(readSearchState(params('q=+cgroups+&section=Concepts&section=Building+blocks&kind=Hypervisor'))).toEqual({
      query: 'cgroups',
      filters: { section: ['Concepts', 'Building blocks'], kind: ['Hypervisor'] },
    });
  });

  it('ignores empty, repeated and unknown parameters', () => {
    expect(readSearchState(params('section=&section=Concepts&section=Concepts&colour=red'))).toEqual({
      query: '',
      filters: { section: ['Concepts'] },
    });
    expect(readSearchState(params(''))).toEqual({ query: '', filters: {} });
  });

  it('builds a link to the /search/ page that reads back to the same search, under the base path', () => {
    const state: SearchState = { query: 'type 2 hypervisor', filters: { section: ['Concepts'] } };
    const url = searchPageUrl(state, '/guide/');
    expect(url).toBe('/guide/search/?q=type+2+hypervisor&section=Concepts');
    expect(readSearchState(new URL(url, 'http://x').searchParams)).toEqual(state);
    expect(searchPageUrl({ query: '', filters: {} }, '/')).toBe('/search/');
  });
});

describe('filters', () => {
  const empty: SearchState = { query: '', filters: {} };

  it('turn values on and off without changing the state they were given', () => {
    const one = withFilterValue(empty, 'section', 'Concepts', true);
    const two = withFilterValue(one, 'section', 'Comparisons', true);
    expect(two.filters).toEqual({ section: ['Concepts', 'Comparisons'] });
    expect(withFilterValue(two, 'section', 'Concepts', false).filters).toEqual({ section: ['Comparisons'] });
    expect(withFilterValue(one, 'section', 'Concepts', false).filters).toEqual({});
    expect(empty.filters).toEqual({});
    expect(withFilterValue(one, 'section', 'Concepts', true).filters).toEqual({ section: ['Concepts'] });
  });

  it('become Pagefind filters: any chosen value within a filter, every filter together', () => {
    expect(pagefindFilterQuery({ query: 'x', filters: { section: ['A', 'B'], kind: ['Hypervisor'] } })).toEqual({
      section: { any: ['A', 'B'] },
      kind: { any: ['Hypervisor'] },
    });
    expect(pagefindFilterQuery({ query: 'x', filters: { section: [] } })).toEqual({});
  });

  it('are enough to search with, even without words', () => {
    expect(hasCriteria(empty)).toBe(false);
    expect(hasCriteria({ query: 'vm', filters: {} })).toBe(true);
    expect(hasCriteria(withFilterValue(empty, 'section', 'Concepts', true))).toBe(true);
  });
});

describe('where Pagefind is loaded from', () => {
  it('is inside the base path, never the site root', () => {
    expect(pagefindBundleUrl('/')).toBe('/pagefind/pagefind.js');
    expect(pagefindBundleUrl('/guide/')).toBe('/guide/pagefind/pagefind.js');
    expect(pagefindBundleUrl('/guide')).toBe('/guide/pagefind/pagefind.js');
  });
});
