/**
 * Index a folder of finished HTML pages the way the build indexes pages as it renders them
 * (`indexedPart` and `prepareForIndex`, then Pagefind): tests use it to index hand-written pages, or a copy of the
 * built site with other settings (the search-recall test's one-chunk reference).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexedPart, prepareForIndex } from '../../src/model/search/index-html.ts';
import { openSearchIndex } from '../../src/tooling/pagefind-index.ts';

/**
 * The URL a file of the build output is served at, relative to the output folder and without the
 * base path (`hypervisors/index.html` -> `/hypervisors/`), as the build hands it to Pagefind.
 */
export function pageUrl(relativeFile: string): string {
  const path = relativeFile.split('\\').join('/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** HTML files outside Pagefind's own folder. */
export function isIndexablePage(relativeFile: string): boolean {
  const path = relativeFile.split('\\').join('/');
  return path.endsWith('.html') && !path.startsWith('pagefind/');
}

/**
 * Index every page under `from` (in file-name order) into `<to>/pagefind/`; returns the pages indexed.
 * `whole: true` hands Pagefind whole pages instead of `indexedPart`.
 */
export async function indexFolder(
  from: string,
  options: { chunkSize?: number; to?: string; whole?: boolean } = {},
): Promise<number> {
  const files = (await readdir(from, { recursive: true, encoding: 'utf8' })).filter(isIndexablePage).sort();
  const index = await openSearchIndex(options);
  for (const file of files) {
    const html = await readFile(join(from, file), 'utf8');
    const part = options.whole ? html : indexedPart(html);
    if (part) index.add(pageUrl(file), prepareForIndex(part));
  }
  return index.write(options.to ?? from);
}
