import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { byLocation, type Problem } from './problems.ts';
import { generatedRoutes, sectionPath, topicPath } from './routes.ts';
import { checkInternalLinks, checkRelated, readTopic, type TopicFile } from './validate-topics.ts';
import { validateDiagrams } from './validate-diagrams.ts';

export interface ValidationResult {
  problems: Problem[];
  topics: TopicFile[];
}

/** Project-relative paths of every file under `dir` whose name ends with one of `extensions`, sorted. */
export function listFiles(root: string, dir: string, extensions: string[]): string[] {
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

/**
 * Validate the whole content tree under `root`: every topic's frontmatter, its links and
 * cross-references. Returns all problems found, not just the first. `npm run validate` and the
 * build (through the validate-content integration) both call this.
 */
export function validateProject(root: string): ValidationResult {
  const problems: Problem[] = [];
  const topics: TopicFile[] = [];
  for (const file of listFiles(root, 'content/topics', ['.mdx', '.md'])) {
    if (file.endsWith('.md')) {
      problems.push({ file, line: 1, column: 1, severity: 'error', message: 'Topic pages are MDX; rename the file to .mdx.' });
      continue;
    }
    const read = readTopic(root, file);
    topics.push(read.topic);
    problems.push(...read.problems);
  }

  const topicIds = new Set(topics.map((t) => t.id));
  const published = topics.filter((t) => !t.frontmatter?.draft);
  const knownPaths = new Set<string>([
    ...generatedRoutes,
    ...published.map((t) => topicPath(t.id)),
    ...published.flatMap((t) => (t.frontmatter ? [sectionPath(t.frontmatter.section)] : [])),
  ]);
  for (const topic of topics) {
    problems.push(...checkInternalLinks(topic, knownPaths), ...checkRelated(topic, topicIds));
  }
  problems.push(...validateDiagrams(root, topics));
  return { problems: problems.sort(byLocation), topics };
}
