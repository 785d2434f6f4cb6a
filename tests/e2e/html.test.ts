import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();

/** Every id in a page, and every internal link target, resolved against the built files. */
function pageIds(file: string): Set<string> {
  const html = readFileSync(join(siteDir, file), 'utf8');
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => htmlFiles.includes(c) || tryRead(c));
}

function tryRead(file: string): boolean {
  try {
    readFileSync(join(siteDir, file));
    return true;
  } catch {
    return false;
  }
}

describe('the built HTML', () => {
  it('is valid on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const format = formatterFactory('text');
    const failures: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(join(siteDir, file));
      if (!report.valid) failures.push(format(report.results));
    }
    expect(failures.join('\n')).toBe('');
  });

  it('has no broken internal link or #fragment on any page', () => {
    const broken: string[] = [];
    const idsByFile = new Map(htmlFiles.map((f) => [f, pageIds(f)]));
    for (const file of htmlFiles) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const here = `/${file.replace(/index\.html$/, '')}`;
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^[a-z]+:|^\/\//i.test(href!)) continue;
        const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${here}`);
        const target = fileForPath(url.pathname);
        if (!target) {
          broken.push(`${file}: ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsByFile.get(target)?.has(fragment)) {
          broken.push(`${file}: ${href} (no element with id "${fragment}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has unique ids on every page', () => {
    const duplicates: string[] = [];
    for (const file of htmlFiles) {
      const ids = [...readFileSync(join(siteDir, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) duplicates.push(`${file}: ${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
