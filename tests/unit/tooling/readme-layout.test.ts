import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/paths.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const block = readme.slice(readme.indexOf('## Layout')).split('```')[1] ?? '';
/** Every folder path the layout block names, such as `src/model/`. */
const listed = [...block.matchAll(/(?:^|\s)((?:src|scripts|tests|content|schemas)\/[\w./-]*)/g)].map((m) => m[1]!);

describe('README "Layout"', () => {
  it('names only folders that exist', () => {
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.filter((path) => !existsSync(join(projectRoot, path)))).toEqual([]);
  });

  it('covers every folder of src/ that holds code (add a line for a new folder)', () => {
    const folders = readdirSync(join(projectRoot, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|astro|js|css)$/.test(entry.name))
      .map((entry) => `${entry.parentPath.slice(projectRoot.length + 1).replaceAll('\\', '/')}/`)
      .filter((folder) => folder !== 'src/');
    const uncovered = [...new Set(folders)].filter(
      (folder) => !listed.some((path) => path.split('/').filter(Boolean).length > 1 && folder.startsWith(path)),
    );
    expect(uncovered).toEqual([]);
  });
});
