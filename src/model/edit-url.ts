import { readEnv } from '../site.config.ts';

/** The "Edit this page" URL for a project-relative source file. */
export function editUrl(file: string, env = readEnv()): string {
  return `${env.repoUrl}/edit/${env.repoBranch}/${file}`;
}

/** The "Edit" URL for a folder of data files (the repository's view of the folder). */
export function folderUrl(folder: string, env = readEnv()): string {
  return `${env.repoUrl}/tree/${env.repoBranch}/${folder}`;
}

/** "Report a problem": a new issue, its title and body prefilled with the page's title and address. */
export function reportProblemUrl(pageTitle: string, pageUrl: string, env = readEnv()): string {
  const params = new URLSearchParams({
    title: `Problem on “${pageTitle}”`,
    body: `Page: ${pageUrl}\n\nWhat is wrong or unclear:\n\nWhat would be right (with a source, if you have one):\n`,
  });
  return `${env.repoUrl}/issues/new?${params}`;
}
