import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cspHash } from '../../src/security/csp-hash.ts';
import { fixedHeaders } from '../../src/security/security-headers.ts';
import { launchChromium } from '../../src/tooling/chromium.ts';
import { sitemapUrls } from './support/site.ts';

const siteUrl = inject('siteUrl');
const pages = sitemapUrls(inject('siteDir'), siteUrl);

describe('security and privacy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('every page carries a CSP without unsafe-inline for scripts, and the host headers forbid framing', async () => {
    const page = await browser.newPage();
    for (const url of pages) {
      const response = await page.goto(url);
      const meta = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      const scriptSrc = meta?.split(';').find((d) => d.trim().startsWith('script-src'));
      expect(scriptSrc, url).toBeDefined();
      expect(scriptSrc, url).not.toContain('unsafe-inline');
      // The hashes allow exactly the page's own inline scripts, parked ones included (files come from 'self').
      const inline = await page.$$eval('script:not([src])', (all) =>
        all.map((s) => ({ code: s.textContent ?? '', data: s.getAttribute('type') === 'application/json' })),
      );
      const parked = await page.$$eval('template', (all) =>
        all.flatMap((t) => [...t.content.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '')),
      );
      const code = [...inline.filter((s) => !s.data).map((s) => s.code), ...parked];
      const allowed = new Set(scriptSrc!.match(/'sha256-[^']+'/g));
      expect(allowed, url).toEqual(new Set(code.map((text) => `'${cspHash(text)}'`)));
      const headers = response!.headers();
      expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], url).toBe(fixedHeaders['Permissions-Policy']);
    }
    await page.close();
  });

  it('no page requests anything from another origin, and none breaks its CSP', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    const origin = new URL(siteUrl).origin;
    page.on(
      'request',
      (req) => !req.url().startsWith(origin) && !req.url().startsWith('data:') && foreign.push(req.url()),
    );
    page.on('console', (msg) => /Content Security Policy/i.test(msg.text()) && violations.push(msg.text()));
    for (const url of pages) {
      // Pages fetch nothing after load until a reader interacts (search loads on first open).
      await page.goto(url, { waitUntil: 'load' });
    }
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });
});
