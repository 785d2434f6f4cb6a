import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/tooling/chromium.ts';

/**
 * The policy a deployment can send: no 'unsafe-inline' for scripts, the page's inline scripts allowed
 * by hash (as Astro's CSP support computes them), and 'wasm-unsafe-eval', which Pagefind's
 * WebAssembly search needs.
 */
function policyFor(html: string): string {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

describe.each([
  { name: 'at the site root', siteUrl: inject('siteUrl') },
  { name: 'under BASE_PATH=/guide/', siteUrl: inject('guideUrl') },
])('search under a strict Content-Security-Policy, $name', ({ siteUrl }) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('opens, loads Pagefind and shows results without a single violation', async () => {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!type.startsWith('text/html')) return route.fulfill({ response });
      const body = await response.text();
      return route.fulfill({
        response,
        body,
        headers: { ...response.headers(), 'content-security-policy': policyFor(body) },
      });
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(new URL('containers/', siteUrl).href);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('combobox').fill('hypervisor');
    await dialog.getByRole('status').filter({ hasText: '“hypervisor”' }).waitFor();
    expect(await dialog.getByRole('option').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/highlight=hypervisor/), page.keyboard.press('Enter')]);
    await page.locator('mark.search-highlight').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });
});
