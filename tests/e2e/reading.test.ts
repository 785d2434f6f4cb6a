import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/tooling/chromium.ts';

/**
 * What a reader sees in the first minutes, at desktop and phone widths in both themes: navigation that
 * stays put, legible diagrams, search results in view, tables that say when they scroll.
 */
const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

const screens = [
  { name: '1440 px', viewport: { width: 1440, height: 900 }, phone: false },
  { name: '390 px', viewport: { width: 390, height: 844 }, phone: true },
] as const;
const themes = ['light', 'dark'] as const;
const configs = screens.flatMap((screen) =>
  themes.map((theme) => ({ ...screen, theme, label: `${screen.name}, ${theme}` })),
);

/** Root-relative paths of the built pages whose HTML contains `marker`. */
function pagesContaining(marker: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && readFileSync(join(siteDir, f), 'utf8').includes(marker))
    .map((f) => `/${relative(siteDir, join(siteDir, f)).replace(/index\.html$/, '')}`)
    .sort();
}

const diagramPages = pagesContaining('<figure class="diagram">');
const tablePages = pagesContaining('<table');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(configs)('reading at $label', ({ viewport, phone, theme }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({
      viewport,
      isMobile: phone,
      hasTouch: phone,
      colorScheme: theme,
      reducedMotion: 'reduce',
    });
  });
  afterAll(async () => {
    await context.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);
    expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
    return page;
  }

  /** Open each page and run `check` on it, two pages at a time (the pages are independent). */
  async function eachPage(paths: readonly string[], check: (page: Page, path: string) => Promise<void>) {
    const queue = [...paths];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const page = await open(path);
        await check(page, path);
        await page.close();
      }
    };
    await Promise.all([worker(), worker()]);
  }

  it('keeps the site navigation at hand after scrolling a long page, with the current page marked', async () => {
    const page = await open('/faq/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const nav = page.getByRole('navigation', { name: 'Site' });
    if (phone) await page.getByRole('button', { name: 'Menu' }).click();
    const box = (await nav.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.height / 2);
    const current = nav.locator('[aria-current="page"]');
    expect(await current.textContent()).toBe('FAQ');
    expect(await current.isVisible()).toBe(true);
    await page.close();
  });

  it('reaches the last entry of a long table of contents, and marks the section being read', async () => {
    const page = await open('/faq/');
    const toc = page.locator('nav.toc');
    if (phone) await toc.locator('summary').click();
    const last = toc.locator('a').last();
    if (!phone) {
      // The outline is taller than the screen: it scrolls on its own, and follows the reader to the end.
      const [scrollHeight, clientHeight] = await toc.evaluate((el) => [el.scrollHeight, el.clientHeight]);
      expect(scrollHeight).toBeGreaterThan(clientHeight);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => last.getAttribute('aria-current')).toBe('true');
      const [entry, outline] = await Promise.all([last.boundingBox(), toc.boundingBox()]);
      expect(entry!.y + entry!.height).toBeLessThanOrEqual(outline!.y + outline!.height + 1);
      expect(entry!.y + entry!.height).toBeLessThanOrEqual(viewport.height);
    }
    await last.click();
    const target = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(target);
    await page.close();
  });

  it('links every kind of page from the sidebar', async () => {
    const page = await open('/containers/');
    const hrefs = await page
      .locator('#site-nav a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const expected = [
      '/',
      '/containers/',
      '/faq/',
      '/stacks/',
      '/glossary/',
      '/references/',
      '/technologies/',
      '/technologies/kvm/',
      '/all-topics/',
    ];
    for (const route of ['decide', 'compare'])
      if (existsSync(join(siteDir, route, 'index.html'))) expected.push(`/${route}/`);
    for (const path of expected) expect(hrefs, path).toContain(path);
    // A group opens in place, without loading a page.
    if (phone) await page.getByRole('button', { name: 'Menu' }).click();
    const technologies = page.locator('#site-nav details', {
      has: page.locator('summary', { hasText: 'Technologies' }),
    });
    expect(await technologies.getAttribute('open')).toBeNull();
    await technologies.locator('summary').click();
    expect(await technologies.locator('a[href$="/technologies/kvm/"]').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/containers/');
    await page.close();
  });

  it('keeps diagram text at 11 px or more', async () => {
    expect(diagramPages.length).toBeGreaterThan(5);
    await eachPage(diagramPages, async (page, path) => {
      // The rendered height of each label's <text> box; hidden theme variants measure 0 and are skipped.
      const smallest = await page.evaluate(() => {
        const heights = [...document.querySelectorAll('figure.diagram svg text')]
          .map((t) => t.getBoundingClientRect().height)
          .filter((h) => h > 0);
        return Math.min(...heights);
      });
      expect(smallest, path).toBeGreaterThanOrEqual(11);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    });
  });

  it('shows a scroll shadow on every table or diagram wider than its box, and no shadow on one that fits', async () => {
    let scrolling = 0;
    await eachPage([...new Set([...tablePages, ...diagramPages])], async (page, path) => {
      const boxes = await page.locator(':is(.table-scroll, .diagram-scroll)').evaluateAll((els) =>
        els
          .filter((el) => el.getBoundingClientRect().width > 0)
          .map((el) => ({
            overflows: el.scrollWidth > el.clientWidth + 1,
            cue: Number(getComputedStyle(el.parentElement!, '::after').opacity),
          })),
      );
      for (const box of boxes) {
        expect(box.cue > 0, `${path}: shadow ${box.cue} on a box that ${box.overflows ? 'scrolls' : 'fits'}`).toBe(
          box.overflows,
        );
        if (box.overflows) scrolling++;
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    });
    // The test must see the case it is about: on a phone the wide diagrams scroll, on a desktop the wide tables.
    expect(scrolling).toBeGreaterThan(0);
  });

  it('turns every table, Markdown ones included, into labelled cards on a phone', async () => {
    const page = await open('/hypervisors/');
    const cell = page.locator('table.md-table td[data-label]').first();
    const [display, label] = await cell.evaluate((td) => [
      getComputedStyle(td).display,
      getComputedStyle(td, '::before').content,
    ]);
    expect(display).toBe(phone ? 'block' : 'table-cell');
    if (phone) expect(label).toBe(JSON.stringify(await cell.getAttribute('data-label')));
    await page.close();
  });

  it('shows at least three search results with the dialog open, filters behind a toggle', async () => {
    const page = await open('/hypervisors/');
    await page.waitForLoadState('networkidle');
    await page.locator('button.search-button').click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('combobox').fill('gvisor');
    await dialog.getByRole('status').filter({ hasText: '“gvisor”' }).waitFor();
    expect(await dialog.getByRole('checkbox').first().isVisible()).toBe(false);
    const visible = await dialog.locator('[role="listbox"]').evaluate((list) => {
      const area = list.getBoundingClientRect();
      return [...list.children].filter((li) => {
        const r = li.getBoundingClientRect();
        return r.height > 0 && r.top >= area.top - 1 && r.bottom <= Math.min(area.bottom, window.innerHeight) + 1;
      }).length;
    });
    expect(visible).toBeGreaterThanOrEqual(3);
    // Behind the toggle, only filters with results are offered.
    await dialog.locator('summary', { hasText: 'Filters' }).click();
    const counts = await dialog.locator('.search-filter:visible .search-filter-count').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).not.toContain('(0)');
    await page.close();
  });

  if (!phone) {
    it('shows the search shortcut on the button', async () => {
      const page = await open('/');
      await expect.poll(() => page.locator('button.search-button kbd').isVisible()).toBe(true);
      expect(await page.locator('button.search-button kbd').textContent()).toBe('/');
      await page.close();
    });

    it('previews a citation’s source and a glossary term’s definition on keyboard focus', async () => {
      const page = await open('/containers/');
      const marker = page.locator('sup.cite a').first();
      await page.keyboard.press('Tab');
      await marker.focus();
      const preview = await marker.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(preview).toBe(JSON.stringify(await marker.getAttribute('data-preview')));
      expect(preview.length).toBeGreaterThan(10);
      const term = page.locator('a.term[data-preview]').first();
      await term.focus();
      expect(await term.evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/\w{3}/);
      await page.close();
    });
  }
});

describe('search for plain-language questions', () => {
  /** Titles of the page results (not headings) for a query typed into the dialog. */
  async function titlesFor(page: Page, query: string): Promise<string[]> {
    const dialog = page.getByRole('dialog', { name: 'Search' });
    if (!(await dialog.isVisible())) await page.keyboard.press('/');
    await dialog.getByRole('combobox').fill(query);
    await dialog
      .getByRole('status')
      .filter({ hasText: `“${query}”` })
      .waitFor();
    return dialog.locator('.search-result:not(.search-sub-result) > .search-result-title').allTextContents();
  }

  it('finds the page that answers, not the pages that contain "how", "much" or "vs"', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('containers/', siteUrl).href);
    await page.waitForLoadState('networkidle');
    expect((await titlesFor(page, 'how much slower'))[0]).toMatch(/^Performance/);
    const versus = await titlesFor(page, 'firecracker vs gvisor');
    expect(versus.slice(0, 4).join(' | ')).toMatch(/Sandboxed runtimes|MicroVMs|Firecracker/);
    expect(await page.locator('dialog mark', { hasText: /^vs$/i }).count()).toBe(0);
    // The bibliography names every technology; it no longer crowds the top results.
    expect((await titlesFor(page, 'kvm type 1 or type 2')).slice(0, 3)).not.toContain('References');
    await page.close();
  });
});

describe('pages a reader can take elsewhere', () => {
  // The articles' Markdown files sit at the root, beside glossary.md and references.md.
  const topics = readdirSync(siteDir).filter((f) => f.endsWith('.md') && !['glossary.md', 'references.md'].includes(f));
  const fetchText = async (path: string) => {
    const response = await fetch(new URL(path, siteUrl));
    expect(response.status, path).toBe(200);
    return response.text();
  };

  it('gives every article a Markdown version without site components, listed in /llms.txt', async () => {
    expect(topics).toContain('index.md');
    expect(topics).toContain('hypervisors.md');
    const md = await fetchText('hypervisors.md');
    expect(md).toMatch(/^# Hypervisors/);
    expect(md).not.toMatch(/<(Cite|Term|Diagram|ComparisonTable|Measurements)\b/);
    expect(md).toMatch(/\n## References\n\n1\. /);
    const llms = await fetchText('llms.txt');
    for (const file of topics) expect(llms, file).toContain(`${file})`);
    for (const path of ['glossary.md', 'references.md', 'technologies/kvm.md'])
      expect(await fetchText(path)).toMatch(/^# /);
  });

  it('publishes an Atom feed with one entry per article, newest first', async () => {
    const xml = await fetchText('feed.xml');
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect(updated.length).toBe(topics.length);
    expect([...updated].sort().reverse()).toEqual(updated);
  });

  it('copies the page as Markdown from the page itself', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(new URL('containers/', siteUrl).href);
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# Containers/);
    await context.close();
  });

  it('ends every kind of page with its date, an edit link and a prefilled problem report', async () => {
    const page = await browser.newPage();
    for (const path of ['containers/', 'technologies/kvm/', 'glossary/', 'references/', 'stacks/']) {
      await page.goto(new URL(path, siteUrl).href);
      const title = (await page.locator('h1').textContent())!;
      const report = new URL((await page.getByRole('link', { name: 'Report a problem' }).getAttribute('href'))!);
      expect(report.pathname, path).toMatch(/\/issues\/new$/);
      expect(report.searchParams.get('title'), path).toContain(title);
      expect(report.searchParams.get('body'), path).toContain(`/${path}`);
      expect(await page.getByRole('link', { name: 'Edit this page' }).count(), path).toBe(1);
      expect(await page.locator('.page-meta time').count(), path).toBe(1);
    }
    await page.close();
  });
});

describe('the reader tasks from the home page', () => {
  it('answers each common question within one click', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(siteUrl);
    const cards = page.getByRole('navigation', { name: 'Common questions' }).getByRole('link');
    const names = await cards.allTextContents();
    for (const question of [
      'Help me choose',
      'Compare technologies',
      'Is KVM type 1 or type 2?',
      'Windows containers on Linux?',
    ]) {
      expect(
        names.some((n) => n.startsWith(question)),
        question,
      ).toBe(true);
    }
    // Every card leads to a built page, and to a heading that exists when it names one.
    for (const href of await cards.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const target = new URL(href);
      const file = join(siteDir, target.pathname, 'index.html');
      expect(existsSync(file), href).toBe(true);
      if (target.hash)
        expect(readFileSync(file, 'utf8'), href).toContain(`id="${decodeURIComponent(target.hash.slice(1))}"`);
    }
    await page.close();
  });
});
