import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/tooling/chromium.ts';
import { sitemapUrls } from './support/site.ts';

const guideUrl = inject('guideUrl');
const guideDir = inject('guideDir');
const pages = sitemapUrls(guideDir, guideUrl);

describe('a build under BASE_PATH=/guide/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('lists only /guide/ URLs in its sitemap and robots.txt', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const url of pages) expect(new URL(url).pathname).toMatch(/^\/guide\//);
    expect(readFileSync(join(guideDir, 'robots.txt'), 'utf8')).toMatch(/Sitemap: \S+\/guide\/sitemap-index\.xml/);
  });

  it('keeps every internal link and asset under /guide/, and each one resolves', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('response', (res) => res.status() >= 400 && failures.push(`${res.status()} ${res.url()}`));
    const targets = new Set<string>();
    for (const url of pages) {
      await page.goto(url);
      const refs = await page.$$eval('[href], [src]', (els) =>
        els
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
          .filter((v) => !/^(#|[a-z]+:|\/\/)/i.test(v)),
      );
      for (const ref of refs) {
        expect(ref, `${url} links to ${ref}`).toMatch(/^\/guide\//);
        targets.add(new URL(ref, url).href.replace(/#.*$/, ''));
      }
      expect(await page.getAttribute('link[rel=canonical]', 'href')).toMatch(/\/guide\//);
    }
    for (const target of targets) {
      const res = await page.request.get(target);
      expect(res.status(), target).toBe(200);
    }
    expect(failures).toEqual([]);
    await page.close();
  });
});
