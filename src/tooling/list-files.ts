import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Project-relative paths of every file under `dir` whose name ends with one of `extensions`, sorted. */
export function listFiles(root: string, dir: string, extensions: readonly string[]): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((name) => extensions.some((ext) => name.endsWith(ext)))
    .map((name) => relative(root, join(abs, name)).split('\\').join('/'))
    .sort();
}
