import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tooling/chromium.ts';

const siteUrl = inject('siteUrl');

describe('theme', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('follows the system preference until the reader chooses', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(siteUrl);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('#theme-select')).toBe('system');
    await context.close();
  });

  it('keeps the chosen theme across pages and reloads', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByRole('link', { name: 'Containers', exact: true }).first().click();
    await page.waitForURL(/\/containers\/$/);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('#theme-select')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 24, 29)');
    await context.close();
  });

  it('applies the stored theme before the body is parsed, so there is no flash', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the theme at the moment <body> is inserted, before anything is painted.
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(siteUrl);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await context.close();
  });

  it('hides the switch when JavaScript is off, and the page follows the system theme', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(siteUrl);
    expect(await page.isVisible('#theme-select')).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 24, 29)');
    await context.close();
  });
});
