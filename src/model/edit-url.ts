import { readEnv } from '../site.config.ts';

/** The "Edit this page" URL for a project-relative source file. */
export function editUrl(file: string, env = readEnv()): string {
  return `${env.repoUrl}/edit/${env.repoBranch}/${file}`;
}
