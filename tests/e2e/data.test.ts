import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/tooling/chromium.ts';

/** Root-relative URL paths of the built pages whose HTML contains `marker`, sorted. */
function pagesContaining(dir: string, marker: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && readFileSync(join(dir, f), 'utf8').includes(marker))
    .map((f) => `/${relative(dir, join(dir, f)).replace(/index\.html$/, '')}`)
    .sort();
}

let browser: Browser;
let context: BrowserContext;
const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
// The data components are exercised on whichever topic page shows a comparison table.
const tablePage = pagesContaining(siteDir, 'class="data-table comparison-table"').find(
  (p) => !p.startsWith('/technologies/'),
)!;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(new URL(path.slice(1), siteUrl).href);
  return page;
}

describe('a page with a comparison table, without JavaScript', () => {
  it('exists in the built site', () => {
    expect(tablePage).toBeTruthy();
  });

  it('shows a real table with a caption, column headers and row headers', async () => {
    const page = await open(tablePage);
    const table = page.locator('table.comparison-table').first();
    await expect(table.locator('caption').textContent()).resolves.toMatch(/\w/);
    expect(await table.locator('thead th[scope=col]').count()).toBeGreaterThanOrEqual(3);
    expect(await table.locator('tbody th[scope=row]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('opens a cell’s details natively', async () => {
    const page = await open(tablePage);
    const details = page.locator('table.comparison-table details').first();
    const detail = details.locator('p');
    await expect(detail.isVisible()).resolves.toBe(false);
    await details.locator('summary').click();
    await expect(detail.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('prints every cell’s details open', async () => {
    const page = await open(tablePage);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('table.comparison-table details p').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('links every citation marker to a numbered reference that links back to it', async () => {
    const page = await open(tablePage);
    const markers = page.locator('sup.cite a');
    expect(await markers.count()).toBeGreaterThan(0);
    const references = page.locator('section.references ol > li');
    for (const marker of await markers.all()) {
      const href = (await marker.getAttribute('href'))!;
      const number = Number((await marker.textContent())!.replace(/\D/g, ''));
      const entry = page.locator(`section.references li${href}`);
      await expect(entry.count()).resolves.toBe(1);
      // The marker's number is the entry's position in the ordered list.
      await expect(references.nth(number - 1).getAttribute('id')).resolves.toBe(href.slice(1));
      const back = entry.locator(`a[href="#${await marker.getAttribute('id')}"]`);
      await expect(back.count()).resolves.toBe(1);
    }
    await page.close();
  });

  it('stacks each row on a narrow screen, each cell naming its column', async () => {
    const page = await open(tablePage, 360);
    const cell = page.locator('table.comparison-table td[data-label]').first();
    const [display, label, before] = await cell.evaluate((td) => [
      getComputedStyle(td).display,
      td.getAttribute('data-label'),
      getComputedStyle(td, '::before').content,
    ]);
    expect(display).toBe('block');
    expect(before).toBe(JSON.stringify(label));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the data pages have no accessibility violations', () => {
  const paths = [
    tablePage,
    '/references/',
    '/glossary/',
    '/technologies/',
    '/technologies/firecracker/',
    ...pagesContaining(siteDir, 'class="tech-stack"').slice(0, 2),
  ];
  const cases = (['light', 'dark'] as const).flatMap((colorScheme) =>
    paths.map((path) => [path, colorScheme] as const),
  );
  it.each(cases)('%s in the %s theme', async (path, colorScheme) => {
    // axe runs as a script in the page, so this context keeps JavaScript on.
    const themed = await browser.newContext({ colorScheme });
    const page = await themed.newPage();
    await page.goto(new URL(path.slice(1), siteUrl).href);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    await themed.close();
    expect(violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
});

describe('measurements tables', () => {
  it('label every value with what kind of number it is, in words', async () => {
    const page = await open('/technologies/firecracker/');
    const rows = page.locator('table.measurements-table tbody tr');
    const labels = await rows.locator('td[data-label="Kind and value"] .measurement-kind').allTextContents();
    expect(labels.length).toBe(await rows.count());
    expect(new Set(labels)).toEqual(
      new Set(['target (CI-enforced)', 'target (not test-enforced)', 'measured', 'best case']),
    );
    const memory = rows.filter({ hasText: "Memory used by the Firecracker VMM's threads" });
    await expect(memory.locator('.measurement-kind').textContent()).resolves.toBe('target (CI-enforced)');
    await page.close();
  });
});

describe('the generated reference pages', () => {
  it('say what exactly was read on the check date', async () => {
    const page = await open('/references/');
    const entry = page.locator('.reference-list > li#firecracker-spec .source-accessed');
    await expect(entry.textContent()).resolves.toMatch(
      /^Checked 30 November 2026 against firecracker-microvm\/firecracker@3127cd17a \(2026-04-08\), SPECIFICATION\.md/,
    );
    await page.close();
  });

  it('give every source an anchor on /references/ and every term one on /glossary/', async () => {
    const page = await open('/references/');
    const ids = await page.locator('.reference-list > li').evaluateAll((items) => items.map((li) => li.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
    const glossary = await open('/glossary/');
    expect(await glossary.locator('dl.glossary dt[id]').count()).toBeGreaterThan(0);
    await glossary.close();
  });
});

describe('links the data components and pages emit', () => {
  /** Every `href` into /references/, /glossary/ or /technologies/ in the built site under `dir`. */
  function dataLinks(dir: string, base: string): { from: string; href: string }[] {
    return pagesContaining(dir, 'href=').flatMap((path) => {
      const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
      return [...html.matchAll(/href="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((href) => /^\/[^/]/.test(href) && /(references|glossary|technologies)\//.test(href))
        .map((href) => ({ from: path, href: href.startsWith(base) ? href : `UNPREFIXED ${href}` }));
    });
  }

  it('point at pages and anchors that exist', () => {
    const broken = dataLinks(siteDir, '/').filter(({ href }) => {
      const [path, fragment] = href.split('#');
      // A page, or a file such as a technology's Markdown version (`/technologies/kvm.md`).
      const file = /\.[a-z]+$/.test(path!) ? join(siteDir, path!) : join(siteDir, path!, 'index.html');
      if (!existsSync(file)) return true;
      return fragment !== undefined && !readFileSync(file, 'utf8').includes(`id="${fragment}"`);
    });
    expect(broken).toEqual([]);
  });

  it('carry the base path when the site is built under /guide/', () => {
    const links = dataLinks(inject('guideDir'), '/guide/');
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => l.href.startsWith('UNPREFIXED'))).toEqual([]);
  });
});
