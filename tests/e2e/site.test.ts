import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../src/tooling/chromium.ts';
import { sitemapUrls } from './support/site.ts';

const siteUrl = inject('siteUrl');
const pages = sitemapUrls(inject('siteDir'), siteUrl);

describe('every page in the sitemap', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
  });
  afterAll(() => browser.close());

  it('lists the pages of the site', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages).toContain(siteUrl);
  });

  it.each(pages)('%s answers 200, has one h1 and logs no console error', async (url) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toMatch(/Containers vs\. VMs/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers an unknown address with the 404 page', async () => {
    const page = await context.newPage();
    const response = await page.goto(new URL('no-such-page/', siteUrl).href);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });
});
