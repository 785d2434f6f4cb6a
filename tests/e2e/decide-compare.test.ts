import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { gzipSize } from '../../scripts/lib/project.ts';
import { it } from './support/browser.ts';
import { sitemapUrls } from './support/site.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const guideUrl = inject('guideUrl');
const url = (path: string, base = siteUrl) => new URL(path.replace(/^\//, ''), base).href;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The column headings of the compare table that are showing. */
const visibleColumns = (page: Page) =>
  page
    .locator('#compare thead th[data-tech]')
    .evaluateAll((ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.textContent?.trim()));

describe('the decision guide and the compare tool', () => {
  it('without JavaScript, the guide shows every recommendation and the whole rule table, and says how to read it', async ({
    newPage,
  }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(url('/decide/?other-os=yes'));
    expect(await page.locator('[data-decide]').isVisible()).toBe(false);
    expect(await page.getByText(/Without it, read the rule table from the top/).isVisible()).toBe(true);
    const recommendations = page.locator('[data-recommendation]');
    expect(await recommendations.count()).toBe(7);
    for (const section of await recommendations.all()) expect(await section.isVisible()).toBe(true);
    const rules = page.locator('.rule-table tbody tr');
    expect(await rules.count()).toBeGreaterThan(5);
    expect(await rules.last().innerText()).toMatch(/Otherwise/);
    expect(await page.locator('.references li').count()).toBeGreaterThan(10);
  });

  it('answered by keyboard, the guide narrows the options, decides, and keeps the answers in the URL', async ({
    newPage,
  }) => {
    const page = await newPage();
    await page.goto(url('/decide/'));
    expect(await page.locator('[data-decide] fieldset').count()).toBeGreaterThanOrEqual(5);
    const status = page.getByRole('status').filter({ hasText: /./ });
    await page.getByRole('radio', { name: 'No, a Linux program on a Linux host' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('radio', { name: /Customers or the public/ }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#decide-result').innerText()).toMatch(/options are still possible/);
    expect(await page.locator('#rec-containers').isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'Ordinary cloud VMs without nested virtualization' }).focus();
    await page.keyboard.press('Space');
    for (const [name, label] of [
      ['legacy', /No, it packages/],
      ['gpu', /^No$/],
    ] as const) {
      await page.locator(`fieldset:has(input[name="${name}"])`).getByRole('radio', { name: label }).focus();
      await page.keyboard.press('Space');
    }
    await expect.poll(() => status.first().innerText()).toMatch(/^Recommendation: gVisor \(runsc\)/);
    expect(new URL(page.url()).search).toBe('?other-os=no&tenants=hostile&legacy=no&gpu=no&host=cloud-vm');
    expect(await page.locator('[data-recommendation]:visible').evaluateAll((s) => s.map((e) => e.id))).toEqual([
      'rec-gvisor',
    ]);
  });

  it('a shared link restores the answers and the recommendation', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(url('/decide/?other-os=yes'));
    expect(await page.getByRole('radio', { name: 'Yes, another kernel or OS' }).isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('#decide-result').innerText())
      .toMatch(/^Recommendation: A full virtual machine\. Rule 1/);
    expect(await page.locator('.rule-table tr.matched th').innerText()).toBe('1 (applies)');
    await page.getByRole('button', { name: 'Clear the answers' }).click();
    await expect.poll(() => page.url()).toBe(url('/decide/'));
    expect(await page.locator('[data-recommendation]:visible').count()).toBe(7);
  });

  it('without JavaScript, the compare tool shows the full table and hides the picker it cannot run', async ({
    newPage,
  }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(url('/compare/?t=gvisor&t=firecracker'));
    expect(await page.locator('[data-compare]').isVisible()).toBe(false);
    expect((await visibleColumns(page)).length).toBe(8);
    const rows = await page.locator('#compare tbody th').allInnerTexts();
    expect(rows).toEqual(
      expect.arrayContaining([
        'Kind',
        'Start or boot time',
        'Memory overhead',
        'Needs hardware virtualization',
        'Kubernetes integration',
        'GPU support',
        'Maturity: production use',
        'First release',
      ]),
    );
    expect(
      await page
        .locator('#compare td')
        .filter({ hasText: /\((measured|target|best case), \d{4}\)/ })
        .count(),
    ).toBeGreaterThan(3);
  });

  it('picks columns from the URL and the keyboard, at most four, and keeps the choice in the URL', async ({
    newPage,
  }) => {
    const page = await newPage();
    await page.goto(url('/compare/?t=gvisor&t=firecracker'));
    expect(await visibleColumns(page)).toEqual(['gVisor', 'Firecracker']);
    await page.getByRole('checkbox', { name: 'Kata Containers' }).focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('t'))
      .toEqual(['gvisor', 'kata-containers', 'firecracker']);
    await page.getByRole('checkbox', { name: 'runc' }).check();
    await page.getByRole('checkbox', { name: 'QEMU' }).click();
    expect(await page.getByRole('checkbox', { name: 'QEMU' }).isChecked()).toBe(false);
    expect(await page.locator('.picker-status').innerText()).toMatch(/At most four/);
    expect((await visibleColumns(page)).length).toBe(4);
  });

  it('shows two chosen technologies side by side at 320 px without widening the page', async ({ newPage }) => {
    const page = await newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(url('/compare/?t=gvisor&t=firecracker'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const boxes = await page
      .locator('#compare thead th[data-tech]:visible')
      .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect()));
    expect(boxes).toHaveLength(2);
    expect(boxes[1]!.right).toBeLessThanOrEqual(320);
    expect(boxes[0]!.top).toBe(boxes[1]!.top);
  });

  it('pair pages open with a sourced verdict and show only their two technologies', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(url('/compare/gvisor-vs-kata-containers/'));
    const verdict = page.locator('#verdict + ul li');
    expect(await verdict.count()).toBeGreaterThan(1);
    for (const item of await verdict.all()) expect(await item.locator('sup.cite a').count()).toBeGreaterThan(0);
    expect(await page.locator('#pair thead th[data-tech]').allInnerTexts()).toEqual(['gVisor', 'Kata Containers']);
  });

  for (const path of [
    '/decide/?other-os=no&tenants=hostile',
    '/compare/?t=gvisor&t=firecracker',
    '/compare/firecracker-vs-gvisor/',
    '/isolation-spectrum/',
  ]) {
    it(`${path} has no axe violations in the light and the dark theme`, async ({ newPage }) => {
      const found: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        const page = await newPage({ colorScheme: theme });
        await page.goto(url(path));
        // Only colour rules depend on the theme, so the dark pass runs just those (as accessibility.test.ts does).
        const axe =
          theme === 'light'
            ? new AxeBuilder({ page }).withTags(tags)
            : new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']);
        const { violations } = await axe.analyze();
        found.push(...violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
      expect(found).toEqual([]);
    }, 150_000);
  }

  it('loads the guide and compare scripts only on their own pages', () => {
    const pages = sitemapUrls(siteDir, siteUrl).map((u) => new URL(u).pathname);
    const html = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
    const withGuideScript = pages
      .filter((p) => html(p).includes('decide-rules'))
      .filter((p) => html(p).includes('history.replaceState'));
    const withCompareScript = pages.filter((p) =>
      /data-compare[\s\S]*<script type="module">[\s\S]*replaceState/.test(html(p)),
    );
    expect(withGuideScript).toEqual(['/decide/']);
    expect(withCompareScript).toEqual(['/compare/']);
  });

  it('keeps each page script small: under 2 kB gzipped for the guide, 1 kB for the compare tool', () => {
    const inline = (path: string) =>
      [
        ...readFileSync(join(siteDir, path, 'index.html'), 'utf8').matchAll(
          /<script type="module">([\s\S]*?)<\/script>/g,
        ),
      ].map((m) => m[1]!);
    const everyPage = new Set(inline('/'));
    const own = (path: string) => inline(path).filter((script) => !everyPage.has(script));
    expect(own('/decide/')).toHaveLength(1);
    expect(gzipSize(own('/decide/')[0]!)).toBeLessThan(2048);
    expect(own('/compare/')).toHaveLength(1);
    expect(gzipSize(own('/compare/')[0]!)).toBeLessThan(1024);
    expect(own('/isolation-spectrum/')).toEqual([]);
  });

  it('the isolation spectrum chart is inline SVG with a titled point per number and the table beside it, without JavaScript', async ({
    newPage,
  }) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(url('/isolation-spectrum/'));
    const chart = page.locator('figure.spectrum svg[role="img"]');
    expect(await chart.isVisible()).toBe(true);
    const titles = await chart.locator('g.point > title').allTextContents();
    const tableRows = await page.locator('table.spectrum-table tbody tr').count();
    expect(titles.length).toBe(tableRows);
    expect(titles.length).toBeGreaterThan(8);
    for (const title of titles) expect(title).toMatch(/: .+ \((measured|target|best case), \d{4}\); .+\. Source: .+/);
    expect(await chart.locator('g.point.target').count()).toBeGreaterThan(0);
  });

  it('from the home page, the guide, the compare tool and the overhead table are one click away', async ({
    newPage,
  }) => {
    const page = await newPage();
    for (const [name, heading] of [
      ['Help me choose', 'Help me choose'],
      ['Compare technologies', 'Compare technologies'],
    ] as const) {
      await page.goto(url('/'));
      await page.getByRole('main').getByRole('link', { name, exact: true }).click();
      expect(await page.locator('h1').innerText()).toBe(heading);
    }
    await page.goto(url('/'));
    await page.getByRole('link', { name: 'performance at a glance' }).click();
    await page.waitForURL(/compare-performance/);
    const table = page.getByRole('table', { name: /^Overhead against bare metal, by resource/ });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split(/\s/)[0])).toEqual(['CPU', 'Memory', 'Network', 'Disk', 'Start']);
    expect(
      await table
        .locator('td')
        .filter({ hasText: /(measured|target|best case), \d{4}/ })
        .count(),
    ).toBeGreaterThan(8);
  });

  it('works under a base path', async ({ newPage }) => {
    const page = await newPage();
    await page.goto(url('compare/?t=runc&t=wasmtime', guideUrl));
    expect(await visibleColumns(page)).toEqual(['runc', 'Wasmtime']);
    const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Help me choose' });
    expect(await link.getAttribute('href')).toBe('/guide/decide/');
  });
});
