/**
 * Loads Pagefind's browser API from `<base>pagefind/pagefind.js` the first time search is used.
 * Nothing of Pagefind is downloaded before that. Pagefind then fetches its WebAssembly and only
 * the index chunks a query needs.
 */
import { highlightParam } from '../../model/search/highlight.ts';
import type { PagefindApi } from '../../model/search/pagefind-api.ts';
import { pagefindBundleUrl } from '../../model/search/query-state.ts';

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const pagefind = (await import(/* @vite-ignore */ pagefindBundleUrl(base))) as PagefindApi;
    await pagefind.options({
      // Results link to `<base><page>/`: the index stores URLs without the base.
      baseUrl: base,
      highlightParam,
      excerptLength: 24,
      // A site of this size searches in a few milliseconds; the main thread saves downloading
      // pagefind-worker.js (~12 KB gzipped) and needs no worker-src in a Content-Security-Policy.
      noWorker: true,
    });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, or `astro dev` where no index exists) may be retried on the next open.
  loading.catch(() => (loading = undefined));
  return loading;
}
