import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tooling/chromium.ts';
import { sitemapUrls } from './support/site.ts';

const siteUrl = inject('siteUrl');
const pages = sitemapUrls(inject('siteDir'), siteUrl);

describe('with JavaScript disabled', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('every page shows its content, tables and navigation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const url of pages) {
      await page.goto(url);
      expect(await page.locator('h1').isVisible(), url).toBe(true);
      expect((await page.locator('main').innerText()).length, url).toBeGreaterThan(100);
      expect(await page.getByRole('navigation', { name: 'Site' }).isVisible(), url).toBe(true);
      for (const table of await page.locator('main table').all()) expect(await table.isVisible(), url).toBe(true);
    }
    await context.close();
  });

  it('links in the navigation lead to real pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl);
    // Section groups are <details>: they open without JavaScript.
    const nav = page.getByRole('navigation', { name: 'Site' });
    await nav.locator('summary', { hasText: /^Concepts/ }).click();
    await nav.getByRole('link', { name: /^Containers$/ }).click();
    await page.waitForURL(/\/containers\/$/);
    expect(await page.locator('h1').textContent()).toMatch(/^Containers/);
    await context.close();
  });
});

describe('JavaScript on content pages', () => {
  it('is the inline theme script plus one page script shared by every page (search button, reading aids), under 2 KB gzip in all', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    const fetched = new Set<string>();
    page.on('request', (req) => req.resourceType() === 'script' && fetched.add(req.url()));
    // The search page runs the search itself, and the decision guide and compare tool are small tools
    // with their own script (decide-compare.test.ts keeps each within its own budget); every other page
    // is a content page.
    const tools = ['/search/', '/decide/', '/compare/'];
    const shared = new Set<string>();
    for (const url of pages.filter((u) => !tools.some((tool) => u.endsWith(tool)))) {
      await page.goto(url);
      const scripts = await page.$$eval('script', (els) =>
        els.filter((s) => !s.closest('template')).map((s) => ({ src: s.src, text: s.textContent ?? '', type: s.type })),
      );
      const files = scripts.filter((s) => s.src);
      // One file, a deferred module, the same on every page: fetched once, then cached for the whole site.
      expect(files, url).toHaveLength(1);
      expect(files[0]!.type, url).toBe('module');
      shared.add(files[0]!.src);
      const file = await (await fetch(files[0]!.src)).text();
      const gzipped = gzipSync(scripts.map((s) => s.text).join('') + file).length;
      expect(gzipped, url).toBeLessThanOrEqual(2048);
    }
    expect(shared.size).toBe(1);
    // Nothing else is fetched on load: the search scripts wait in <template>s until the reader searches.
    expect([...fetched]).toEqual([...shared]);
    await browser.close();
  });
});
