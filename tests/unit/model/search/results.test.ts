import { describe, expect, it } from 'vitest';
import type { PagefindFragment } from '../../../../src/model/search/pagefind-api.ts';
import {
  orderFilterValues,
  pickSubResults,
  resultsMessage,
  toResultView,
} from '../../../../src/model/search/results.ts';

const fragment: PagefindFragment = {
  url: '/guide/hypervisors/?highlight=type',
  excerpt: 'A <mark>type</mark> 1 hypervisor',
  meta: { title: 'Hypervisors' },
  filters: { section: ['Concepts'] },
  sub_results: [
    { title: 'Hypervisors', url: '/guide/hypervisors/?highlight=type', excerpt: 'A <mark>type</mark> 1 hypervisor' },
    {
      title: 'Type 1',
      url: '/guide/hypervisors/?highlight=type#type-1',
      excerpt: 'one <mark>type</mark>',
      anchor: { element: 'h2', id: 'type-1' },
    },
    {
      title: 'Type 2',
      url: '/guide/hypervisors/?highlight=type#type-2',
      excerpt: '<mark>type</mark> <mark>type</mark> <mark>type</mark>',
      anchor: { element: 'h2', id: 'type-2' },
    },
    {
      title: 'KVM',
      url: '/guide/hypervisors/?highlight=type#kvm',
      excerpt: '<mark>type</mark> or <mark>type</mark>',
      anchor: { element: 'h2', id: 'kvm' },
    },
    {
      title: 'Same words',
      url: '/guide/hypervisors/?highlight=type#same',
      excerpt: 'A <mark>type</mark> 1 hypervisor',
      anchor: { element: 'h2', id: 'same' },
    },
  ],
};

describe('a search result', () => {
  it('shows the page title, its section and kind, its URL and its excerpt', () => {
    const view = toResultView({ ...fragment, filters: { section: ['Reference'], kind: ['Hypervisor'] } });
    expect(view).toMatchObject({ title: 'Hypervisors', section: 'Reference', kind: 'Hypervisor', url: fragment.url });
    expect(view.excerpt.map((p) => p.text).join('')).toBe('A type 1 hypervisor');
  });

  it('falls back to the URL when a page has no title, and to no section when it has none', () => {
    const view = toResultView({ ...fragment, meta: {}, filters: {} });
    expect(view.title).toBe(fragment.url);
    expect(view.section).toBeUndefined();
  });

  it('lists the headings with the most matches, in page order, without repeating the page excerpt', () => {
    expect(pickSubResults(fragment, 2).map((s) => s.title)).toEqual(['Type 2', 'KVM']);
    expect(pickSubResults(fragment).map((s) => s.url)).toEqual([
      '/guide/hypervisors/?highlight=type#type-1',
      '/guide/hypervisors/?highlight=type#type-2',
      '/guide/hypervisors/?highlight=type#kvm',
    ]);
  });
});

describe('filter values', () => {
  it('come in the preferred order (the sidebar’s for sections), then alphabetically', () => {
    const counts = { Comparisons: 2, Concepts: 5, Zebra: 1, Alpha: 1 };
    expect(orderFilterValues(counts, ['Concepts', 'Building blocks', 'Comparisons'])).toEqual([
      ['Concepts', 5],
      ['Comparisons', 2],
      ['Alpha', 1],
      ['Zebra', 1],
    ]);
  });

  it('keep a chosen value that no longer has results, with a count of zero', () => {
    expect(orderFilterValues({ Concepts: 1 }, [], ['Reference'])).toEqual([
      ['Concepts', 1],
      ['Reference', 0],
    ]);
  });
});

describe('the announced result count', () => {
  it('names the count and the query', () => {
    expect(resultsMessage({ count: 1, shown: 1, query: 'kvm', filtered: false })).toBe('1 result for “kvm”.');
    expect(resultsMessage({ count: 12, shown: 8, query: 'kernel', filtered: true })).toBe(
      '12 results for “kernel” with the chosen filters. Showing the first 8.',
    );
  });

  it('says when nothing matched', () => {
    expect(resultsMessage({ count: 0, shown: 0, query: 'zzz', filtered: false })).toBe('No results for “zzz”.');
    expect(resultsMessage({ count: 0, shown: 0, query: '', filtered: true })).toBe(
      'No pages match the chosen filters.',
    );
  });

  it('counts pages when only filters are chosen', () => {
    expect(resultsMessage({ count: 3, shown: 3, query: '', filtered: true })).toBe('3 pages match the chosen filters.');
  });
});
