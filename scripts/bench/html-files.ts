/** The HTML files of a built site, as paths relative to its output folder (e.g. `containers/index.html`). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .map((name) => name.split('\\').join('/'))
      .sort();
  } catch {
    return [];
  }
}

/** The URL path (without the base) a built file answers at: `containers/index.html` -> `/containers/`. */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file for a URL path: `/containers/` -> `<dir>/containers/index.html`. */
export function fileOfPath(dir: string, path: string): string {
  return join(dir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
}
