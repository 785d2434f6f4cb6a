import { readGitDates } from '../tooling/git-dates.ts';

let cached: Map<string, string> | undefined;

/**
 * When a topic page last changed: the date of the last commit that touched its file, or undefined
 * when there is no usable git history (then pages show their frontmatter `updated`). Git is read
 * once per build, for all pages at once.
 */
export function gitLastUpdated(file: string, root: string = process.cwd()): Date | undefined {
  cached ??= readGitDates(root, 'content/topics');
  const day = cached.get(file);
  return day ? new Date(`${day}T00:00:00Z`) : undefined;
}
