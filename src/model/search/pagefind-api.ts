/**
 * The part of Pagefind's browser API (`<base>pagefind/pagefind.js`, generated at build time) that the
 * search UI uses. The `pagefind` npm package only types the Node indexing API, so the browser side is
 * described here, after Pagefind 1.6's `pagefind_web_js/types/index.d.ts`.
 */

/** Filter values and how many pages carry each, per filter name: `{ section: { Concepts: 5 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Filters for one search: every named filter must match one of its listed values. */
export type FilterQuery = Record<string, { any: string[] }>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of the page before its first heading with an id. */
  anchor?: { element: string; id: string; text?: string };
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts left under each filter value for this query and these filters. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindOptions {
  /** Prefix for result URLs: the site's base path, such as `/guide/`. */
  baseUrl?: string;
  /** Query parameter that carries the searched terms to the destination page. */
  highlightParam?: string;
  /** Words per excerpt (Pagefind's default is 30). */
  excerptLength?: number;
  /** Search on the main thread instead of a Web Worker (one file fewer to download). */
  noWorker?: boolean;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** `null` as the term lists every page that matches the filters. */
  search(term: string | null, options?: { filters?: FilterQuery }): Promise<PagefindSearchResponse>;
  filters(): Promise<FilterCounts>;
}
