import { describe, expect, inject } from 'vitest';
import { it } from './support/browser.ts';

const siteUrl = inject('siteUrl');

describe('keyboard and narrow screens', () => {
  it('the skip link is the first stop and moves focus to the main content', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(new URL('containers/', siteUrl).href);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.isVisible('.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`the mobile menu opens and closes from the keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      newPage,
    }) => {
      const page = await newPage({ viewport: { width: 390, height: 800 }, javaScriptEnabled });
      await page.goto(new URL('containers/', siteUrl).href);
      const nav = page.getByRole('navigation', { name: 'Site' });
      expect(await nav.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Menu' }).focus();
      await page.keyboard.press('Enter');
      expect(await nav.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(
        'Site',
      );
      await page.keyboard.press('Escape');
      expect(await nav.isVisible()).toBe(false);
    });
  }

  it('the sidebar is always visible on wide screens and marks the current page', async ({ newPage }) => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL('containers/', siteUrl).href);
    const current = page.getByRole('navigation', { name: 'Site' }).locator('[aria-current="page"]');
    expect(await current.textContent()).toBe('Containers');
    expect(await current.isVisible()).toBe(true);
  });

  it('no page scrolls sideways on a 320px screen', async ({ newPage }) => {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['', 'containers/', 'virtual-machines/', 'all-topics/']) {
      await page.goto(new URL(path, siteUrl).href);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
