/**
 * Remove build output and build caches so the next build starts cold. Only generated folders are
 * removed, and never one that holds files committed to git: committed caches (such as the diagram
 * render cache under content/diagrams/) are part of the source and stay.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Output and caches of Astro and Vite, relative to the project root. */
export const cachePaths = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', '.cache'];

function hasTrackedFiles(root: string, path: string): boolean {
  try {
    return (
      execFileSync('git', ['ls-files', '--', path], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== ''
    );
  } catch {
    return false; // not a git checkout: nothing is tracked
  }
}

/** Remove the caches under `root`; returns what was removed and what was kept because git tracks it. */
export function cleanCaches(root: string): { removed: string[]; kept: string[] } {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const path of cachePaths) {
    if (!existsSync(join(root, path))) continue;
    if (hasTrackedFiles(root, path)) {
      kept.push(path);
      continue;
    }
    rmSync(join(root, path), { recursive: true, force: true });
    removed.push(path);
  }
  return { removed, kept };
}
