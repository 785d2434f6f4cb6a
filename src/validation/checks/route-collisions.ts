import { problem, type Problem } from '../../problems/problems.ts';
import { generatedRoutes, topicPath } from '../../model/routes.ts';

/** Pages under src/pages/ whose URL a topic file could also claim; those pages always win. */
const reserved = new Set([...generatedRoutes, '/404/']);

/** A topic named like a generated page (`glossary.mdx`) would never be built, yet appear in the navigation. */
export function checkRouteCollisions(topics: readonly { id: string; file: string }[]): Problem[] {
  return topics
    .filter((topic) => reserved.has(topicPath(topic.id)))
    .map((topic) =>
      problem(
        topic.file,
        { line: 1, column: 1 },
        `The URL ${topicPath(topic.id)} belongs to a page the site generates, so this page would never be built; rename the file, for example to ${topic.id}-guide.mdx.`,
      ),
    );
}
