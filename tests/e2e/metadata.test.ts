import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const html = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const attr = (doc: string, selector: RegExp) => doc.match(selector)?.[1];

describe('hosting metadata', () => {
  it('gives every page a title, description, canonical URL and Open Graph tags', () => {
    const doc = html('containers/index.html');
    const h1 = attr(doc, /<h1[^>]*>([^<]+)<\/h1>/);
    expect(attr(doc, /<title>([^<]+)<\/title>/)).toBe(`${h1} | Containers vs. VMs`);
    expect(attr(doc, /<meta name="description" content="([^"]+)"/)).toMatch(/.{50,160}/);
    expect(attr(doc, /<link rel="canonical" href="([^"]+)"/)).toBe('http://localhost:4321/containers/');
    expect(attr(doc, /<meta property="og:title" content="([^"]+)"/)).toBe(h1);
    expect(attr(doc, /<meta property="og:url" content="([^"]+)"/)).toBe('http://localhost:4321/containers/');
    expect(doc).toMatch(/<html lang="en"/);
  });

  it('publishes a sitemap and a robots.txt that points at it', () => {
    expect(html('sitemap-0.xml')).toContain('<loc>http://localhost:4321/containers/</loc>');
    expect(html('robots.txt')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  });

  it('keeps the 404 page out of search engines and out of the sitemap', () => {
    expect(html('404.html')).toContain('<meta name="robots" content="noindex">');
    expect(html('sitemap-0.xml')).not.toContain('404');
  });

  it('links each topic to its source file for editing, with its last-updated date', () => {
    const doc = html('containers/index.html');
    expect(doc).toMatch(/href="https:\/\/github\.com\/[^"]+\/edit\/main\/content\/topics\/containers\.mdx"/);
    expect(doc).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
  });

  it('requests nothing from any other origin', () => {
    for (const page of ['index.html', 'containers/index.html', '404.html']) {
      const urls = [...html(page).matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]!);
      const external = urls.filter((u) => !u.startsWith('http://localhost:4321/'));
      // Outbound links in content and the edit link are navigation, not requests; only <a> may point elsewhere.
      const requested = [
        ...html(page).matchAll(/<(?:script|link|img|iframe|source)[^>]+(?:src|href)="(https?:[^"]+)"/g),
      ].map((m) => m[1]!);
      expect(
        requested.filter((u) => !u.startsWith('http://localhost:4321/')),
        page,
      ).toEqual([]);
      expect(
        external.every((u) => /^https:\/\//.test(u)),
        page,
      ).toBe(true);
    }
  });
});
