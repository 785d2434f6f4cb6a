import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/tooling/chromium.ts';
import { sitemapUrls } from './support/site.ts';

const siteUrl = inject('siteUrl');
const guideUrl = inject('guideUrl');
const siteDir = inject('siteDir');

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(new URL(path, siteUrl).href);
  return { context, page };
}

describe('diagrams in the built site', () => {
  it('ship no Mermaid JavaScript: the SVGs are drawn at build time', () => {
    const files = filesUnder(siteDir);
    const scripts = files.filter((f) => /\.m?js$/.test(f)).map((f) => readFileSync(join(siteDir, f), 'utf8'));
    const inline = files
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) =>
        [...readFileSync(join(siteDir, f), 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[0]),
      );
    expect([...scripts, ...inline].filter((code) => /mermaid/i.test(code))).toEqual([]);
    expect(readFileSync(join(siteDir, 'virtual-machines/index.html'), 'utf8')).toContain('<figure class="diagram">');
  });

  it('give every figure a visible caption and exactly one named image per theme', async () => {
    const { context, page } = await open('virtual-machines/', { colorScheme: 'light' });
    const figures = page.locator('figure.diagram');
    expect(await figures.count()).toBe(2);
    for (const figure of await figures.all()) {
      const title = (await figure.locator('.diagram-title').innerText()).replace(/\.$/, '');
      const images = figure.getByRole('img');
      expect(await images.count()).toBe(1);
      await expect.poll(() => images.first().evaluate((svg) => svg.classList.contains('diagram-light'))).toBe(true);
      expect(await figure.getByRole('img', { name: title }).count()).toBe(1);
      await figure.locator('summary').click();
      expect(await figure.locator('.diagram-description p').isVisible()).toBe(true);
    }
    await context.close();
  });

  it('show the SVG of the pinned theme, and follow the system preference without JavaScript', async () => {
    const { context, page } = await open('containers/', { colorScheme: 'light' });
    const light = page.locator('svg.diagram-light');
    const dark = page.locator('svg.diagram-dark');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect([await light.isVisible(), await dark.isVisible()]).toEqual([false, true]);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    expect([await light.isVisible(), await dark.isVisible()]).toEqual([true, false]);
    await context.close();

    const noScript = await open('containers/', { colorScheme: 'dark', javaScriptEnabled: false });
    expect(await noScript.page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
    expect([
      await noScript.page.locator('svg.diagram-light').isVisible(),
      await noScript.page.locator('svg.diagram-dark').isVisible(),
    ]).toEqual([false, true]);
    expect(await noScript.page.getByRole('img', { name: /Containers are processes on a shared kernel/ }).count()).toBe(
      1,
    );
    await noScript.context.close();
  });

  it('have no duplicate ids on any page, with or without a base path', async () => {
    for (const [url, dir] of [
      [siteUrl, siteDir],
      [guideUrl, inject('guideDir')],
    ] as const) {
      const pages = sitemapUrls(dir, url);
      expect(pages.some((p) => p.endsWith('/stacks/'))).toBe(true);
      for (const pageUrl of pages) {
        const html = await (await fetch(pageUrl)).text();
        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
        expect(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          pageUrl,
        ).toEqual([]);
      }
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`pass axe with zero violations on pages with diagrams (${theme} theme)`, async () => {
      for (const path of ['virtual-machines/', 'stacks/']) {
        const { context, page } = await open(path, { colorScheme: theme });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        await context.close();
      }
    });
  }
});
