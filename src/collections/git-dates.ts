import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * When a file (or any file under a folder) was last committed: the "Last updated" date of pages
 * generated from data files, which carry no date of their own. Undefined outside a git checkout or
 * for a file never committed, and the page then shows no date rather than a wrong one.
 */
export function lastCommitDate(path: string, cwd = process.cwd()): Date | undefined {
  if (cache.has(path)) return cache.get(path);
  let date: Date | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? new Date(`${out}T00:00:00Z`) : undefined;
  } catch {
    date = undefined;
  }
  cache.set(path, date);
  return date;
}
