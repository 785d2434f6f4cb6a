import { describe, expect, inject } from 'vitest';
import { it } from './support/browser.ts';

const siteUrl = inject('siteUrl');

describe('theme', () => {
  it('follows the system preference until the reader chooses', async ({ newPage }) => {
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto(siteUrl);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('#theme-select')).toBe('system');
  });

  it('keeps the chosen theme across pages and reloads', async ({ newPage }) => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(siteUrl);
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.getByRole('link', { name: 'Containers', exact: true }).first().click();
    await page.waitForURL(/\/containers\/$/);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('#theme-select')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 24, 29)');
  });

  it('applies the stored theme before the body is parsed, so there is no flash', async ({ newPage }) => {
    const page = await newPage({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // Record the theme at the moment <body> is inserted, before anything is painted.
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
            document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(siteUrl);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  });

  it('hides the switch when JavaScript is off, and the page follows the system theme', async ({ newPage }) => {
    const page = await newPage({ javaScriptEnabled: false, colorScheme: 'dark' });
    await page.goto(siteUrl);
    expect(await page.isVisible('#theme-select')).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 24, 29)');
  });
});
