import { problem, type Problem } from '../../problems/problems.ts';
import type { TopicFrontmatter } from '../../schemas/topic.ts';

interface OrderedTopic {
  id: string;
  file: string;
  frontmatter: TopicFrontmatter | undefined;
  locateField: (path: (string | number)[]) => { line: number; column: number };
}

/**
 * Two pages of a section with the same `order` are sorted by title, which is rarely what the author
 * meant. A warning at the later page (in file order), naming the other.
 */
export function checkSectionOrder(topics: readonly OrderedTopic[]): Problem[] {
  const seen = new Map<string, OrderedTopic>();
  const problems: Problem[] = [];
  for (const topic of topics) {
    const fm = topic.frontmatter;
    if (!fm || fm.draft) continue;
    const key = `${fm.section}\u0000${fm.order}`;
    const other = seen.get(key);
    if (!other) {
      seen.set(key, topic);
      continue;
    }
    problems.push(
      problem(
        topic.file,
        topic.locateField(['order']),
        `${other.id}.mdx in section "${fm.section}" also has order ${fm.order}; give this page another number so the sidebar order is deliberate.`,
        'warning',
      ),
    );
  }
  return problems;
}
