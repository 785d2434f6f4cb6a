import { execFileSync } from 'node:child_process';

/**
 * When each file last changed, from git history: the committer date (YYYY-MM-DD) of the newest
 * commit that touched it. One `git log` for the whole folder, read once per build.
 *
 * Returns an empty map when there is no usable history, and callers fall back to the page's
 * `updated` frontmatter: outside a git checkout (a release tarball), without git installed, or in a
 * shallow clone (CI's default), where the oldest commit present would claim every file it contains.
 */
export function readGitDates(root: string, dir: string): Map<string, string> {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return new Map();
    const prefix = git('rev-parse', '--show-prefix').trim();
    return parseGitLog(git('log', '--format=@%cs', '--name-only', '--no-renames', '--', dir), prefix);
  } catch {
    return new Map();
  }
}

/**
 * Parse `git log --format=@%cs --name-only` (newest first): the first date seen for a file is its
 * last change. Paths are made relative to the project (`prefix` is where it sits in the repository).
 */
export function parseGitLog(log: string, prefix = ''): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) date = line.slice(1).trim();
    else if (line.trim() && date) {
      const file = line.trim().startsWith(prefix) ? line.trim().slice(prefix.length) : line.trim();
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}
