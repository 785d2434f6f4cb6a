/**
 * Turning Pagefind's raw results into what the search UI shows: a title, the page's section (and
 * technology kind), an excerpt, and a few matching headings of the page as sub-results.
 */
import { excerptParts, type ExcerptPart } from './excerpt.ts';
import type { PagefindFragment, PagefindSubResult } from './pagefind-api.ts';

export interface SubResultView {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  url: string;
  title: string;
  /** The page's section label, from its `section` filter. */
  section: string | undefined;
  /** A technology page's kind, from its `kind` filter. */
  kind: string | undefined;
  excerpt: ExcerptPart[];
  subResults: SubResultView[];
}

/** How many matching headings are listed under a page at most. */
export const defaultMaxSubResults = 3;

/** Count of `<mark>`s: how many query words matched in this part of the page. */
function matchCount(sub: PagefindSubResult): number {
  return sub.excerpt.split('<mark>').length - 1;
}

/**
 * The sections of the page (text under a heading with an id) that matched: the `max` with the most
 * matches, shown in page order.
 */
export function pickSubResults(fragment: PagefindFragment, max = defaultMaxSubResults): SubResultView[] {
  return (
    fragment.sub_results
      .map((sub, order) => ({ sub, order }))
      // The part before the first heading is the page result itself, and a section whose excerpt is
      // the page's excerpt would show the same words twice.
      .filter(({ sub }) => sub.anchor !== undefined && sub.url !== fragment.url && sub.excerpt !== fragment.excerpt)
      .sort((a, b) => matchCount(b.sub) - matchCount(a.sub) || a.order - b.order)
      .slice(0, max)
      .sort((a, b) => a.order - b.order)
      .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }))
  );
}

export function toResultView(fragment: PagefindFragment, maxSubResults = defaultMaxSubResults): ResultView {
  return {
    url: fragment.url,
    title: fragment.meta['title'] || fragment.url,
    section: fragment.filters['section']?.[0],
    kind: fragment.filters['kind']?.[0],
    excerpt: excerptParts(fragment.excerpt),
    subResults: pickSubResults(fragment, maxSubResults),
  };
}

/**
 * Filter values in display order: those named in `preferred` (for sections, the sidebar order)
 * first, in that order, then the rest alphabetically. Values with no pages are kept (count 0) when
 * they are chosen, so a chosen checkbox never disappears under the reader.
 */
export function orderFilterValues(
  counts: Readonly<Record<string, number>>,
  preferred: readonly string[] = [],
  chosen: readonly string[] = [],
): [value: string, count: number][] {
  const values = new Set([...Object.keys(counts), ...chosen]);
  const rank = (v: string) => {
    const i = preferred.indexOf(v);
    return i < 0 ? preferred.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((v) => [v, counts[v] ?? 0]);
}

/** The sentence the live region announces after a search. */
export function resultsMessage({
  count,
  shown,
  query,
  filtered,
}: {
  count: number;
  shown: number;
  query: string;
  filtered: boolean;
}): string {
  const scope = filtered ? ' with the chosen filters' : '';
  if (count === 0) return query ? `No results for “${query}”${scope}.` : 'No pages match the chosen filters.';
  const noun = count === 1 ? 'result' : 'results';
  const head = query
    ? `${count} ${noun} for “${query}”${scope}.`
    : `${count} ${count === 1 ? 'page matches' : 'pages match'} the chosen filters.`;
  return shown < count ? `${head} Showing the first ${shown}.` : head;
}
