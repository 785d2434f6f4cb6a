import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { readFrontmatter } from '../problems/frontmatter.ts';
import { parseYaml } from '../problems/yaml-source.ts';
import { listFiles } from '../tooling/list-files.ts';
import { readContentText } from '../tooling/read-text.ts';

/** Where topic pages live, relative to the project root. */
export const topicsDir = 'content/topics';

/** A topic page's id, which is also its URL slug: the file name without `.mdx`. */
export function topicIdOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

/** A topic file as the collection stores it: the id, the raw frontmatter and the MDX body. */
export interface TopicSource {
  id: string;
  /** Project-relative path. */
  file: string;
  /** The frontmatter as YAML 1.2 reads it (the schema is applied by the collection). */
  frontmatter: Record<string, unknown>;
  /**
   * The MDX after the frontmatter. The frontmatter's lines are left empty, so a line of the body is
   * the same line of the file (the MDX compiler's errors point into the file); trailing space is trimmed.
   */
  body: string;
}

/**
 * Read one topic file the way `npm run validate` does: byte-order mark and CRLF line breaks
 * normalized, the id from the file name, the frontmatter read as YAML 1.2 (dates stay strings).
 * Undefined when the frontmatter cannot be read; validation reports that with its position.
 */
export function readTopicSource(root: string, file: string): TopicSource | undefined {
  const text = readContentText(root, file);
  const lines = text.split('\n');
  const block = readFrontmatter(lines);
  if (!block) return undefined;
  const { source, problems } = parseYaml(block.yaml, file, block.lineOffset);
  const frontmatter: unknown = source.doc.toJS();
  if (problems.length > 0 || typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  return {
    id: topicIdOf(file),
    file,
    frontmatter: frontmatter as Record<string, unknown>,
    body: '\n'.repeat(block.bodyStart) + lines.slice(block.bodyStart).join('\n').trimEnd(),
  };
}

/**
 * The topics collection: every `content/topics/*.mdx` file, with its body kept as text.
 *
 * Astro's glob loader would make each MDX file a module of the build (compiled, bundled by Vite,
 * written to disk and imported again to render): on a 1,000-page site that was a third of the build.
 * Here the body stays data and src/collections/topic-content.ts compiles it while the page renders,
 * with the same MDX compiler and options as @astrojs/mdx.
 */
export function topicLoader(): Loader {
  return {
    name: 'topics',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        let unread = 0;
        for (const file of listFiles(root, topicsDir, ['.mdx'])) {
          const topic = readTopicSource(root, file);
          if (!topic) {
            unread++;
            continue;
          }
          const data = await parseData({ id: topic.id, data: topic.frontmatter, filePath: file });
          store.set({
            id: topic.id,
            data,
            body: topic.body,
            filePath: file,
            digest: generateDigest(JSON.stringify(topic.frontmatter) + topic.body),
          });
        }
        if (unread > 0)
          logger.warn(`${unread} topic page(s) have unreadable frontmatter; run \`npm run validate\` to list them.`);
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        const normalized = path.replaceAll('\\', '/');
        if (normalized.includes(`/${topicsDir}/`) && normalized.endsWith('.mdx')) void sync();
      });
    },
  };
}
