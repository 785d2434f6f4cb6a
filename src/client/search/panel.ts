/**
 * The search panel: a search field that is a combobox controlling a listbox of results (the WAI-ARIA
 * APG "editable combobox with list autocomplete" pattern), filter checkboxes, and a live region that
 * announces the result count. Focus stays in the field; Up and Down move the active option
 * (aria-activedescendant), Enter opens it. Used by the search dialog and by the /search/ page.
 */
import type {
  PagefindApi,
  PagefindFragment,
  PagefindResult,
  PagefindSearchResponse,
} from '../../model/search/pagefind-api.ts';
import {
  hasCriteria,
  hasFilters,
  pagefindFilterQuery,
  searchFilters,
  searchPageUrl,
  withFilterValue,
  type FilterName,
  type SearchState,
} from '../../model/search/query-state.ts';
import { resultsMessage, toResultView } from '../../model/search/results.ts';
import { searchWords } from '../../model/search/query-words.ts';
import { withBase } from '../../model/urls.ts';
import { loadPagefind } from './load-pagefind.ts';
import { filterGroup, resultOptions, updateFilterCounts } from './render.ts';

export interface SearchPanelOptions {
  /** Pages listed at most (each with up to three matching headings). */
  maxResults: number;
  /** Called after every completed search, e.g. to keep the page URL in step. */
  onSearch?: (state: SearchState) => void;
  /** Submitting the form runs the search here instead of loading the /search/ page. */
  searchInPlace?: boolean;
}

export interface SearchPanel {
  /** Load Pagefind and the filters (once), then run the current search. */
  start(): Promise<void>;
  setState(state: SearchState): void;
  focusInput(): void;
}

const inputDelayMs = 60;
/**
 * Each result's text (its Pagefind fragment, 2 to 10 KB gzip) is fetched only when the result is
 * about to be seen: this many with the list, then this many more whenever the last one shown
 * scrolls into view (or is reached with the arrow keys). A first search then downloads the
 * fragments of the results on screen, not of every result listed.
 */
const fragmentBatch = 3;
/** Pagefind waits forever when its WebAssembly cannot start; give up and say so after this long. */
const loadTimeoutMs = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export function createSearchPanel(root: HTMLElement, options: SearchPanelOptions): SearchPanel {
  const idPrefix = root.id || 'search';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const filtersToggle = root.querySelector<HTMLDetailsElement>('[data-search-filters-toggle]')!;
  const filtersChosen = root.querySelector<HTMLElement>('[data-search-filters-chosen]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const allLink = root.querySelector<HTMLAnchorElement>('[data-search-all]');
  const preferredOrder = JSON.parse(root.dataset['filterOrder'] ?? '{}') as Partial<Record<FilterName, string[]>>;
  const base = import.meta.env.BASE_URL;

  let state: SearchState = { query: '', filters: {} };
  let pagefind: PagefindApi | undefined;
  let started: Promise<void> | undefined;
  let searchId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = -1;
  let moreResults: IntersectionObserver | undefined;

  const optionElements = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  function setActive(index: number) {
    const all = optionElements();
    all[active]?.setAttribute('aria-selected', 'false');
    active = all.length === 0 ? -1 : index;
    const current = all[active];
    if (current) {
      current.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function showResults(items: HTMLElement[]) {
    moreResults?.disconnect();
    setActive(-1);
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
  }

  function open(href: string, newTab: boolean) {
    if (newTab) window.open(href, '_blank', 'noopener');
    else location.assign(href);
  }

  async function run() {
    const id = ++searchId;
    if (allLink) {
      allLink.href = searchPageUrl(state, base);
      allLink.hidden = !hasCriteria(state);
    }
    if (!pagefind) return;
    if (!hasCriteria(state)) {
      showResults([]);
      status.textContent = '';
      options.onSearch?.(state);
      return;
    }
    let response: PagefindSearchResponse;
    let fragments: PagefindFragment[];
    let listed: PagefindResult[];
    try {
      response = await pagefind.search(state.query ? searchWords(state.query) : null, {
        filters: pagefindFilterQuery(state),
      });
      listed = response.results.slice(0, options.maxResults);
      fragments = await Promise.all(listed.slice(0, fragmentBatch).map((r) => r.data()));
    } catch {
      if (id === searchId) showFailure('The search failed. Try again, or');
      return;
    }
    if (id !== searchId) return; // a newer search has started; drop this one
    showResults(
      resultOptions(
        fragments.map((f) => toResultView(f)),
        idPrefix,
      ),
    );
    loadWhenSeen(listed.slice(fragmentBatch), fragments.length, id);
    for (const group of filtersBox.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')) {
      updateFilterCounts(group, response.totalFilters[group.dataset['filter']!] ?? {});
    }
    status.textContent = resultsMessage({
      count: response.results.length,
      shown: listed.length,
      query: state.query,
      filtered: hasFilters(state),
    });
    options.onSearch?.(state);
  }

  /** Append the next results once the last one in the list is visible, until `rest` is used up. */
  function loadWhenSeen(rest: PagefindResult[], firstIndex: number, id: number) {
    moreResults?.disconnect();
    const last = list.lastElementChild;
    if (rest.length === 0 || !last) return;
    moreResults = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      moreResults?.disconnect();
      const batch = rest.slice(0, fragmentBatch);
      Promise.all(batch.map((r) => r.data())).then(
        (more) => {
          if (id !== searchId) return;
          list.append(
            ...resultOptions(
              more.map((f) => toResultView(f)),
              idPrefix,
              firstIndex,
            ),
          );
          loadWhenSeen(rest.slice(fragmentBatch), firstIndex + batch.length, id);
        },
        () => {}, // the results already shown stay; a later search tries again
      );
    });
    moreResults.observe(last);
  }

  /** A failure message in the live region, ending with a link to the list of every page. */
  function showFailure(message: string) {
    const link = document.createElement('a');
    link.href = withBase('/all-topics/', base);
    link.textContent = 'browse all topics';
    status.replaceChildren(`${message} `, link, '.');
  }

  function renderFilters(counts: Record<string, Record<string, number>>) {
    const groups = searchFilters
      .filter(({ name }) => Object.keys(counts[name] ?? {}).length > 0)
      .map(({ name, legend }) =>
        filterGroup(
          {
            name,
            legend,
            counts: counts[name]!,
            preferred: preferredOrder[name] ?? [],
            chosen: state.filters[name] ?? [],
          },
          idPrefix,
        ),
      );
    filtersBox.replaceChildren(...groups);
    filtersToggle.hidden = groups.length === 0;
    showChosenCount();
  }

  /** "Filters (2)" on the toggle, so chosen filters are not forgotten behind a closed toggle. */
  function showChosenCount() {
    const chosen = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
    filtersChosen.textContent = chosen > 0 ? ` (${chosen} chosen)` : '';
  }

  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    clearTimeout(timer);
    timer = setTimeout(() => void run(), inputDelayMs);
  });

  input.addEventListener('keydown', (event) => {
    const count = optionElements().length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive(active + 1 >= count ? 0 : active + 1);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      open(optionElements()[active]!.dataset['href']!, event.ctrlKey || event.metaKey);
    } else if (event.key === 'Escape' && active >= 0 && options.searchInPlace) {
      // On the page, Escape first leaves the results; in the dialog it closes the dialog.
      event.preventDefault();
      setActive(-1);
    }
  });

  list.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (item?.dataset['href']) open(item.dataset['href'], event.ctrlKey || event.metaKey);
  });
  list.addEventListener('auxclick', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (event.button === 1 && item?.dataset['href']) open(item.dataset['href'], true);
  });

  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    state = withFilterValue(state, box.name as FilterName, box.value, box.checked);
    showChosenCount();
    void run();
  });

  form.addEventListener('submit', (event) => {
    // Without a chosen option, Enter shows every result on the /search/ page (the form's action);
    // on that page itself the search simply runs in place.
    if (options.searchInPlace || !hasCriteria(state)) {
      event.preventDefault();
      void run();
    }
  });

  return {
    async start() {
      started ??= (async () => {
        status.textContent = 'Loading search…';
        try {
          pagefind = await withTimeout(loadPagefind(), loadTimeoutMs);
          renderFilters(await withTimeout(pagefind.filters(), loadTimeoutMs));
          status.textContent = '';
        } catch {
          // Offline, a missing index (`astro dev`), or a Content-Security-Policy without 'wasm-unsafe-eval'.
          pagefind = undefined;
          started = undefined;
          showFailure('Search could not be loaded. Try again later, or');
        }
      })();
      await started;
      await run();
    },
    setState(next) {
      state = next;
      input.value = next.query;
      for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        box.checked = (next.filters[box.name as FilterName] ?? []).includes(box.value);
      }
      showChosenCount();
    },
    focusInput() {
      input.focus();
      input.select();
    },
  };
}
