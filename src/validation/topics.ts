import { readContentText } from '../tooling/read-text.ts';
import { topicIdOf } from '../collections/topic-loader.ts';
import { idPattern } from '../schemas/data-fields.ts';
import { topicSchema, type TopicFrontmatter } from '../schemas/topic.ts';
import { findAll, splitMdx } from '../problems/mdx-source.ts';
import { problem, type Problem } from '../problems/problems.ts';
import { listFiles } from '../tooling/list-files.ts';
import { normalizeInternalPath } from '../model/routes.ts';
import { locate, parseYaml } from '../problems/yaml-source.ts';
import { parseWithSchema } from '../problems/zod-problems.ts';
import { parseMdx, type MdxNode } from '../problems/mdx-tree.ts';

export interface TopicFile {
  /** Page id: the file name without `.mdx`, which is also its URL slug. */
  id: string;
  /** Project-relative path, for messages. */
  file: string;
  /** The MDX body with frontmatter and code blanked out (positions preserved). */
  body: string;
  frontmatter: TopicFrontmatter | undefined;
  /** The page as the MDX compiler reads it (HTML tree), or undefined when it has a syntax error. */
  tree: MdxNode | undefined;
  /** Where a frontmatter field sits in the file, for problems found after parsing. */
  locateField: (path: (string | number)[]) => { line: number; column: number };
}

/** Parse and check one topic file's frontmatter and body structure. */
export function readTopic(root: string, file: string): { topic: TopicFile; problems: Problem[] } {
  const text = readContentText(root, file);
  const id = topicIdOf(file);
  const parts = splitMdx(text);
  const problems: Problem[] = [];
  let frontmatter: TopicFrontmatter | undefined;
  let locateField: TopicFile['locateField'] = () => ({ line: 1, column: 1 });

  if (!idPattern.test(id)) {
    problems.push(
      problem(
        file,
        { line: 1, column: 1 },
        `The file name "${id}.mdx" becomes the page URL; use lowercase letters, digits and single hyphens.`,
      ),
    );
  }
  if (parts.frontmatter === undefined) {
    problems.push(
      problem(
        file,
        { line: 1, column: 1 },
        'The page has no frontmatter; start the file with a `---` block holding title, description, section, order and updated.',
      ),
    );
  } else {
    const { source, problems: yamlProblems } = parseYaml(parts.frontmatter, file, parts.frontmatterLineOffset);
    problems.push(...yamlProblems);
    locateField = (path) => locate(source, path);
    if (yamlProblems.length === 0) {
      const parsed = parseWithSchema(source, topicSchema);
      frontmatter = parsed.value;
      problems.push(...parsed.problems);
    }
  }

  const mdx = parseMdx(text, file);
  if (mdx.problem) problems.push(mdx.problem);

  for (const h1 of findAll(parts.body, /^(#)\s+\S/gm)) {
    problems.push(problem(file, h1, 'The page title is already the h1; start body headings at `##`.'));
  }
  // A header row whose cell is blank: screen readers announce the column with no name (axe: empty-table-header).
  for (const cell of findAll(parts.body, /^\|(?:[^|\n]*\|)*?([ \t]*)\|.*\n\|[ \t]*:?-{3,}/gm)) {
    problems.push(
      problem(
        file,
        cell,
        'A table header cell is empty; give every column a name (for example "Characteristic") so screen readers can announce it.',
      ),
    );
  }
  return { topic: { id, file, body: parts.body, tree: mdx.tree, frontmatter, locateField }, problems };
}

/** Internal links (`[text](/path/)` or `href="/path/"`) that point at no page the site builds. */
export function checkInternalLinks(
  topic: TopicFile,
  knownPaths: ReadonlySet<string>,
  draftPaths: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const links = [...findAll(topic.body, /\]\((\/[^)\s]*)/g), ...findAll(topic.body, /href=["'](\/[^"']*)["']/g)];
  return links
    .filter((link) => !link.value.startsWith('//'))
    .filter((link) => !knownPaths.has(normalizeInternalPath(link.value)))
    .map((link) => {
      const draft = draftPaths.get(normalizeInternalPath(link.value));
      return draft
        ? problem(
            topic.file,
            link,
            `The link "${link.value}" points at a draft, which is not published; remove \`draft: true\` from ${draft} or drop the link until it is.`,
          )
        : problem(
            topic.file,
            link,
            `The link "${link.value}" points at no page of the site; fix the path (pages live at /<file-name>/) or create the page.`,
          );
    });
}

/** `related:` entries must name existing topic pages. */
export function checkRelated(topic: TopicFile, topicIds: ReadonlySet<string>): Problem[] {
  return (topic.frontmatter?.related ?? []).flatMap((rel, index) =>
    topicIds.has(rel)
      ? []
      : [
          problem(
            topic.file,
            topic.locateField(['related', index]),
            `\`related\` names "${rel}", which is not a topic page; use the file name of a page in content/topics/ without .mdx.`,
          ),
        ],
  );
}

/** Read every topic page under `content/topics/`, with the problems of each file on its own. */
export function readTopics(root: string): { topics: TopicFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const topics: TopicFile[] = [];
  for (const file of listFiles(root, 'content/topics', ['.mdx', '.md'])) {
    if (file.endsWith('.md')) {
      problems.push(problem(file, { line: 1, column: 1 }, 'Topic pages are MDX; rename the file to .mdx.'));
      continue;
    }
    const read = readTopic(root, file);
    topics.push(read.topic);
    problems.push(...read.problems);
  }
  return { topics, problems };
}
