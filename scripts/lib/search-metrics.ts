/**
 * Measures search in a real browser against a served build, for the search tests and the benchmark:
 * - `measureInitialScripts`: JavaScript a page runs before any interaction (inline and external);
 * - `measureFirstSearch`: what a reader downloads for the first query from a cold cache, and how
 *   long results take to appear after the last keystroke.
 * Sizes are gzip sizes (level 6, what static hosts commonly use), computed from the bytes served,
 * so they do not depend on whether the local server compresses. Files Pagefind already ships
 * gzipped (its WebAssembly and index chunks) count at their served size when that is smaller.
 */
import { gzipSize } from './project.ts';
import type { Browser, Page, Response } from 'playwright-core';

export interface Transfer {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialScripts {
  inline: number;
  /** Gzip bytes of every script run before interaction: inline ones plus fetched ones. */
  gzipBytes: number;
  files: Transfer[];
}

export interface FirstSearch {
  query: string;
  /** Everything fetched from opening search until the first results showed. */
  transfers: Transfer[];
  gzipBytes: number;
  bytes: number;
  /** From the last keystroke of the query to its results in the list (typed right after opening: Pagefind may still be loading). */
  msToFirstResults: number;
  /** The same for a second query in the same page, with Pagefind loaded. */
  msToResultsWarm: number;
}

async function transferOf(response: Response): Promise<Transfer | undefined> {
  try {
    const body = await response.body();
    return { url: response.url(), bytes: body.length, gzipBytes: gzipSize(body) };
  } catch {
    return undefined; // redirects and aborted requests have no body
  }
}

function collectTransfers(page: Page, filter: (url: string) => boolean): { done: () => Promise<Transfer[]> } {
  const pending: Promise<Transfer | undefined>[] = [];
  page.on('response', (r) => {
    if (filter(r.url())) pending.push(transferOf(r));
  });
  return { done: async () => (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined) };
}

export async function measureInitialScripts(browser: Browser, pageUrl: string): Promise<InitialScripts> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = collectTransfers(page, (url) => /\.m?js(\?|$)/.test(url));
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    // Scripts parked in <template> elements are not part of the document, so they are not counted.
    const inlineSources = await page.$$eval('script:not([src])', (nodes) =>
      (nodes as HTMLScriptElement[])
        .filter((n) => ['', 'module', 'text/javascript'].includes(n.type))
        .map((n) => n.textContent ?? ''),
    );
    const files = await scripts.done();
    const inline = inlineSources.reduce((sum, s) => sum + gzipSize(s), 0);
    return { inline, files, gzipBytes: inline + files.reduce((sum, f) => sum + f.gzipBytes, 0) };
  } finally {
    await context.close();
  }
}

/**
 * Type `query` into the open search field; resolve with ms from the last keystroke until the results
 * for the whole query are shown (the live region names the query once its results are in the list).
 */
async function timeQuery(page: Page, query: string, paste = false): Promise<number> {
  const field = page.getByRole('dialog').getByRole('combobox');
  await field.fill('');
  await page.evaluate((q) => {
    const status = document.querySelector('dialog[open] [role="status"]')!;
    const timing = { lastKey: 0, shown: Promise.resolve(0) };
    document.addEventListener('keydown', () => (timing.lastKey = performance.now()), { capture: true });
    timing.shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (status.textContent?.includes(`“${q}”`)) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    (window as unknown as { __searchTiming: typeof timing }).__searchTiming = timing;
  }, query);
  if (paste) {
    await page.evaluate(() => {
      (window as unknown as { __searchTiming: { lastKey: number } }).__searchTiming.lastKey = performance.now();
    });
    await field.fill(query);
  } else {
    await page.keyboard.type(query);
  }
  return page.evaluate(async () => {
    const { lastKey, shown } = (window as unknown as { __searchTiming: { lastKey: number; shown: Promise<number> } })
      .__searchTiming;
    return Math.round((await shown) - lastKey);
  });
}

/**
 * Open search with the `/` shortcut on `pageUrl` in a fresh browser context (empty cache), type
 * `query` at once, and record what was downloaded until the first results appeared.
 * Typed letter by letter, a pause between letters longer than the panel's input delay (60 ms, easily
 * reached on a busy machine) searches the prefix typed so far, which may fetch other index chunks;
 * `paste: true` enters the whole query as one input, so the figure is that of the query alone.
 */
export async function measureFirstSearch(
  browser: Browser,
  pageUrl: string,
  query: string,
  warmQuery = 'kernel',
  { paste = false } = {},
): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const transfers = collectTransfers(page, () => true);
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('combobox').waitFor();
    const msToFirstResults = await timeQuery(page, query, paste);
    await page.waitForLoadState('networkidle');
    const fetched = await transfers.done();
    const msToResultsWarm = await timeQuery(page, warmQuery);
    return {
      query,
      transfers: fetched,
      bytes: fetched.reduce((sum, t) => sum + t.bytes, 0),
      gzipBytes: fetched.reduce((sum, t) => sum + t.gzipBytes, 0),
      msToFirstResults,
      msToResultsWarm,
    };
  } finally {
    await context.close();
  }
}

/** Total size in bytes of every file under a folder (the Pagefind index: `<outDir>/pagefind`). */
export async function folderBytes(dir: string): Promise<number> {
  const { readdir, stat } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const names = await readdir(dir, { recursive: true });
  const sizes = await Promise.all(
    names.map(async (n) => ((await stat(join(dir, n))).isFile() ? (await stat(join(dir, n))).size : 0)),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
