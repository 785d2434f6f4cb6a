/**
 * Load one page in Chromium with a cold cache (a fresh browser context) and record every response:
 * HTML, CSS, JS and other bytes (raw and gzip level 9) and the number of requests. Inline scripts and
 * styles are counted with the JS and CSS they are.
 */
import type { Browser, Response } from 'playwright-core';
import { addBytes, bytesOf } from './bytes.ts';
import { inlineScripts, inlineStyles } from './inline-assets.ts';
import type { Bytes, PageWeight } from './report-types.ts';
import type { PickedPage } from './pick-pages.ts';

type Group = 'html' | 'css' | 'js' | 'other';

function groupOf(response: Response): Group {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (type === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

export interface RecordedResponse {
  url: string;
  group: Group;
  body: Buffer;
}

/** Open `url` in a fresh context, let it settle, optionally act on it, and return every response. */
export async function recordResponses(
  browser: Browser,
  url: string,
  act?: (page: import('playwright-core').Page) => Promise<void>,
): Promise<RecordedResponse[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<RecordedResponse>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => ({ url: response.url(), group: groupOf(response), body }),
          () => ({ url: response.url(), group: groupOf(response), body: Buffer.alloc(0) }),
        ),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (act) await act(page);
    return await Promise.all(pending);
  } finally {
    await context.close();
  }
}

export async function measurePage(browser: Browser, siteUrl: string, picked: PickedPage): Promise<PageWeight> {
  const responses = await recordResponses(browser, new URL(picked.path.replace(/^\//, ''), siteUrl).href);
  const sum = (group: Group): Bytes =>
    addBytes(...responses.filter((r) => r.group === group).map((r) => bytesOf(r.body)));
  const html = responses
    .filter((r) => r.group === 'html')
    .map((r) => r.body.toString('utf8'))
    .join('');
  const scripts = inlineScripts(html);
  const styles = inlineStyles(html);
  return {
    ...picked,
    html: sum('html'),
    css: addBytes(sum('css'), styles.length ? bytesOf(styles.join('\n')) : { raw: 0, gzip: 0 }),
    js: addBytes(sum('js'), scripts.length ? bytesOf(scripts.join('\n')) : { raw: 0, gzip: 0 }),
    other: sum('other'),
    requests: responses.length,
  };
}
