/**
 * The /search/ page: runs the search in the URL (`?q=cgroups&section=Concepts`), shows the results
 * in the page and keeps the URL in step as the reader changes the query or filters, so every search
 * can be linked. Without JavaScript the page shows its explanation and the list of all topics instead.
 */
import { readSearchState, searchPageUrl } from '../../model/search/query-state.ts';
import { createSearchPanel } from './panel.ts';

const page = document.querySelector<HTMLElement>('[data-search-page]');
const panelRoot = page?.querySelector<HTMLElement>('[data-search-panel]');
if (page && panelRoot) {
  panelRoot.hidden = false;
  for (const node of page.querySelectorAll<HTMLElement>('[data-search-fallback]')) node.hidden = true;
  const base = import.meta.env.BASE_URL;
  const panel = createSearchPanel(panelRoot, {
    maxResults: 50,
    searchInPlace: true,
    onSearch: (state) => history.replaceState(null, '', searchPageUrl(state, base)),
  });
  panel.setState(readSearchState(new URLSearchParams(location.search)));
  void panel.start();
}
