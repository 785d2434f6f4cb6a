/**
 * A throwaway copy of the project for builds that must not touch the real one (the scale run, the
 * empty-page build). Sources are copied; node_modules is a real folder of symlinks to the project's
 * packages, so the copy installs nothing yet keeps its own Astro and Vite caches (those live inside
 * node_modules, and a single symlinked node_modules would share them with the real project).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Top-level entries that are not sources: dependencies, build output, caches, git, reports. */
const notCopied = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'bench-report']);
/** Caches inside node_modules that the copy must not share. */
const notLinked = new Set(['.astro', '.vite', '.cache']);

export interface TempProject {
  root: string;
  remove: () => void;
}

export function copyProject(projectRoot: string, prefix: string): TempProject {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const entry of readdirSync(projectRoot)) {
    if (notCopied.has(entry) || entry.startsWith('dist-')) continue;
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (notLinked.has(entry)) continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
