import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tooling/chromium.ts';
import { sitemapUrls } from './support/site.ts';

const siteUrl = inject('siteUrl');
const pages = [...sitemapUrls(inject('siteDir'), siteUrl), new URL('404.html', siteUrl).href];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const colourRules = ['color-contrast', 'link-in-text-block'];

describe('accessibility (axe)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  // One test per page: a failure names the page. Only colour rules depend on the theme, so the dark
  // pass runs just those. The two passes run at once, in two renderer processes (two cores).
  it.each(pages)('%s has no violations in the light and the dark theme', async (url) => {
    const found = await Promise.all(
      (['light', 'dark'] as const).map(async (theme) => {
        const context = await browser.newContext({ colorScheme: theme });
        const page = await context.newPage();
        await page.goto(url);
        expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
        const axe =
          theme === 'light' ? new AxeBuilder({ page }).withTags(tags) : new AxeBuilder({ page }).withRules(colourRules);
        const { violations } = await axe.analyze();
        await context.close();
        return violations.map(
          (v) => `${theme} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      }),
    );
    expect(found.flat()).toEqual([]);
  });

  it('reports no violations with the mobile menu open', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL('containers/', siteUrl).href);
    await page.getByRole('button', { name: 'Menu' }).click();
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
