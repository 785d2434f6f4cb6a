/**
 * What a search is (the query and the chosen filter values), and how it travels in a URL:
 * `/search/?q=cgroups&section=Building+blocks`. The search dialog, the /search/ page and the
 * form that submits from one to the other all read and write this one format.
 */
import { withBase } from '../urls.ts';
import type { FilterQuery } from './pagefind-api.ts';

/**
 * The filters the UI offers, in the order their groups are shown. Pages set them with
 * `data-pagefind-filter="<name>"` (see src/integrations/search-index.ts); a filter no page sets is not shown.
 */
export const searchFilters = [
  { name: 'section', legend: 'Section' },
  { name: 'kind', legend: 'Kind of technology' },
] as const;

export type FilterName = (typeof searchFilters)[number]['name'];

export interface SearchState {
  /** The words typed, trimmed; may be empty when only filters are chosen. */
  query: string;
  /** Chosen values per filter; a page matches a filter when it has any of them. */
  filters: Partial<Record<FilterName, string[]>>;
}

/** Query parameter holding the words; filter values use the filter's name (`section=...`). */
export const queryParam = 'q';

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { name } of searchFilters) {
    const values = [
      ...new Set(
        params
          .getAll(name)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get(queryParam) ?? '').trim(), filters };
}

export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(queryParam, state.query);
  for (const { name } of searchFilters) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  return params;
}

/** The link to the /search/ page that runs this search, under the site's base path. */
export function searchPageUrl(state: SearchState, base: string): string {
  const query = searchParamsOf(state).toString();
  return withBase('/search/', base) + (query ? `?${query}` : '');
}

/** The state with one filter value turned on or off; the input state is left unchanged. */
export function withFilterValue(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = (state.filters[name] ?? []).filter((v) => v !== value);
  const next = on ? [...current, value] : current;
  const filters = { ...state.filters };
  if (next.length > 0) filters[name] = next;
  else delete filters[name];
  return { ...state, filters };
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values && values.length > 0);
}

/** Whether there is anything to search for: words, or at least one filter to list pages by. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || hasFilters(state);
}

/** The filters in Pagefind's syntax: any of the chosen values within a filter, all filters together. */
export function pagefindFilterQuery(state: SearchState): FilterQuery {
  const query: FilterQuery = {};
  for (const { name } of searchFilters) {
    const values = state.filters[name];
    if (values && values.length > 0) query[name] = { any: [...values] };
  }
  return query;
}

/** Where the browser loads Pagefind from: `<base>pagefind/pagefind.js`, never the site root. */
export function pagefindBundleUrl(base: string): string {
  return withBase('/pagefind/pagefind.js', base);
}
