/**
 * The one browser harness of the browser tests: `it` from here gives each test a `newPage(options)`
 * that opens a page in a fresh browser context. One Chromium runs per test file, and every context a
 * test opened is closed after it, whether it passed or failed, so no test closes anything by hand.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { test } from 'vitest';
import { launchChromium } from '../../../src/tooling/chromium.ts';

export interface BrowserFixtures {
  browser: Browser;
  /** A page in its own browser context (viewport, colour scheme, JavaScript on or off ...). */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

export const it = test.extend<BrowserFixtures>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- vitest fixtures must destructure their first argument
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  newPage: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
