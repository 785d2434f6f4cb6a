/**
 * What the first search costs: with a cold cache, run a query and sum every response under the
 * site's `/pagefind/` folder (the Pagefind script, its WebAssembly, index chunks and result fragments).
 * Uses the search dialog when the site has one (the reader's first query), else the search page with
 * `?q=`, else types into the first search box.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addBytes, bytesOf } from './bytes.ts';
import { recordResponses } from './page-weight.ts';
import type { PagefindMeasurement } from './report-types.ts';
import { folderBytes, measureFirstSearch } from '../lib/search-metrics.ts';

export const firstQuery = 'container';
/** The dialog's first query: what a reader types first, on a content page, with a cold cache. */
export const dialogQuery = 'type 2 hypervisor';

/** Wait until no request under /pagefind/ has started for `quietMs` (results and fragments load in waves). */
async function settlePagefind(page: Page, quietMs = 1000, timeoutMs = 15_000): Promise<void> {
  let lastActivity = Date.now();
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) lastActivity = Date.now();
  });
  const started = Date.now();
  while (Date.now() - lastActivity < quietMs && Date.now() - started < timeoutMs) await page.waitForTimeout(200);
}

/** A search box: our own panel's, or Pagefind's default UI's (a text input). */
const searchBox =
  'input[type="search"]:visible, input[role="searchbox"]:visible, input.pagefind-ui__search-input:visible';

async function typeQuery(page: Page): Promise<void> {
  const box = page.locator(searchBox).first();
  if ((await box.count()) === 0) {
    const opener = page.getByRole('button', { name: /search/i }).first();
    if ((await opener.count()) > 0) await opener.click();
  }
  await page.locator(searchBox).first().fill(firstQuery, { timeout: 5000 });
  await settlePagefind(page);
}

export async function measurePagefind(browser: Browser, dist: string, siteUrl: string): Promise<PagefindMeasurement> {
  if (!existsSync(join(dist, 'pagefind')))
    return { status: 'not built', note: 'dist/pagefind does not exist: the site has no search index yet' };
  const hasDialog = readFileSync(join(dist, 'index.html'), 'utf8').includes('data-search-dialog');
  if (hasDialog) {
    try {
      const first = await measureFirstSearch(browser, siteUrl, dialogQuery);
      const index = await folderBytes(join(dist, 'pagefind'));
      return {
        status: 'measured',
        how: `typed "${dialogQuery}" into the search dialog on the home page; results ${first.msToFirstResults} ms after the last keystroke (${first.msToResultsWarm} ms for a second query); index ${(index / 1024).toFixed(1)} KB on disk`,
        requests: first.transfers.length,
        bytes: { raw: first.bytes, gzip: first.gzipBytes },
      };
    } catch (error) {
      return {
        status: 'failed',
        how: `typed "${dialogQuery}" into the search dialog`,
        note: (error as Error).message.split('\n')[0],
      };
    }
  }
  const hasSearchPage = existsSync(join(dist, 'search/index.html'));
  const how = hasSearchPage
    ? `loaded /search/?q=${firstQuery}`
    : `typed "${firstQuery}" into the search box on the home page`;
  try {
    const url = hasSearchPage ? new URL(`search/?q=${firstQuery}`, siteUrl).href : siteUrl;
    const responses = await recordResponses(browser, url, hasSearchPage ? (page) => settlePagefind(page) : typeQuery);
    const pagefind = responses.filter((r) => new URL(r.url).pathname.includes('/pagefind/'));
    if (pagefind.length === 0) return { status: 'failed', how, note: 'no request under /pagefind/ was made' };
    return {
      status: 'measured',
      how,
      requests: pagefind.length,
      bytes: addBytes(...pagefind.map((r) => bytesOf(r.body))),
    };
  } catch (error) {
    return { status: 'failed', how, note: (error as Error).message.split('\n')[0] };
  }
}
