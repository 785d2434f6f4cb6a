import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { indexFolder } from '../support/index-folder.ts';

/** Path -> sha256 of every file under a folder. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

describe('the search index the build writes while rendering', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is what Pagefind makes of the whole pages: leaving out the chrome before the indexed element loses nothing', async () => {
    const site = inject('siteDir');
    const [whole, part] = [tempDir(), tempDir()];
    const pages = await indexFolder(site, { to: whole, whole: true });
    expect(await indexFolder(site, { to: part })).toBe(pages);
    expect(pages).toBeGreaterThan(50);
    expect(fingerprint(join(part, 'pagefind'))).toEqual(fingerprint(join(whole, 'pagefind')));
  });

  it('holds the same pages, with the same fragments, as an index made from the finished files', async () => {
    const site = inject('siteDir');
    const after = tempDir();
    await indexFolder(site, { to: after });
    const fragments = (dir: string) => readdirSync(join(dir, 'pagefind/fragment')).sort();
    expect(fragments(site)).toEqual(fragments(after));
    const pageCount = (dir: string) =>
      Object.values(
        (
          JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          }
        ).languages,
      ).reduce((sum, l) => sum + l.page_count, 0);
    expect(pageCount(site)).toBe(pageCount(after));
  });
});
