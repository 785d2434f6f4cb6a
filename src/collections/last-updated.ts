import { readGitDates } from '../tooling/git-dates.ts';

/** Per project root: each file's date, and each folder's once asked. */
const cache = new Map<string, { files: Map<string, string>; folders: Map<string, string | undefined> }>();

/**
 * When a content file last changed, or a folder (the newest change to any file in it): the date of
 * the last commit that touched it, or undefined without usable git history (then a topic shows its
 * frontmatter `updated`, and a page generated from data shows no date rather than a wrong one).
 * Git is asked once per build, for everything under content/, however many pages ask.
 */
export function gitLastUpdated(path: string, root: string = process.cwd()): Date | undefined {
  let dates = cache.get(root);
  if (!dates) {
    dates = { files: readGitDates(root, 'content'), folders: new Map() };
    cache.set(root, dates);
  }
  const day = dates.files.get(path) ?? newestUnder(dates, path);
  return day ? new Date(`${day}T00:00:00Z`) : undefined;
}

function newestUnder(dates: { files: Map<string, string>; folders: Map<string, string | undefined> }, folder: string) {
  if (!dates.folders.has(folder)) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    let newest: string | undefined;
    for (const [file, day] of dates.files) if (file.startsWith(prefix) && (!newest || day > newest)) newest = day;
    dates.folders.set(folder, newest);
  }
  return dates.folders.get(folder);
}
