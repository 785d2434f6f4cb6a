import { checkData } from './data.ts';
import { checkMdxReferences } from './checks/mdx-references.ts';
import { checkUncitedSources } from './checks/uncited-sources.ts';
import { dataSetOf, type DataSet } from '../collections/dataset.ts';
import { loadData, type LocatedData } from '../collections/load-data.ts';
import { byLocation, type Problem } from '../problems/problems.ts';
import { generatedRoutes, sectionPath, technologyPath, topicPath } from '../model/routes.ts';
import { checkInternalLinks, checkRelated, readTopics, type TopicFile } from './topics.ts';
import { validateDiagrams } from './diagrams.ts';

export { listFiles } from '../tooling/list-files.ts';

/** Everything read from the content tree, for the checks to look at. */
export interface Project {
  topics: TopicFile[];
  data: LocatedData;
  /** The same data looked up by id. */
  index: DataSet;
}

export interface ValidationResult extends Project {
  problems: Problem[];
}

/** Every URL the site builds, for the link checker. */
function knownPaths({ topics, index }: Project): Set<string> {
  const published = topics.filter((t) => !t.frontmatter?.draft);
  return new Set<string>([
    ...generatedRoutes,
    ...published.map((t) => topicPath(t.id)),
    ...published.flatMap((t) => (t.frontmatter ? [sectionPath(t.frontmatter.section)] : [])),
    ...[...index.technologies.keys()].map(technologyPath),
  ]);
}

/**
 * The checks that run once all content is read. Each looks at the whole project and returns its
 * problems. A new rule goes in src/validation/checks/ and is called from here (or from checkData for
 * rules between data entries). Diagrams are read and checked by validateDiagrams(), below.
 */
const checks: ((project: Project) => Problem[])[] = [
  (project) => {
    const paths = knownPaths(project);
    const topicIds = new Set(project.topics.map((t) => t.id));
    return project.topics.flatMap((topic) => [...checkInternalLinks(topic, paths), ...checkRelated(topic, topicIds)]);
  },
  ({ data, index }) => checkData(data, index),
  ({ topics, index }) => checkMdxReferences(topics, index),
  ({ topics, data, index }) =>
    checkUncitedSources(
      data,
      index,
      topics.map((t) => ({ id: t.id, title: t.frontmatter?.title ?? t.id, body: t.body })),
    ),
];

/**
 * Validate the whole content tree under `root`: topic pages (frontmatter, links), the typed data in
 * `content/data/` (schemas, cross-references) and the data components pages use. Returns all
 * problems found, not just the first. `npm run validate` and the build (through the
 * validate-content integration) both call this.
 */
export function validateProject(root: string): ValidationResult {
  const topics = readTopics(root);
  const data = loadData(root);
  const project: Project = { topics: topics.topics, data: data.data, index: dataSetOf(data.data) };
  const problems = [
    ...topics.problems,
    ...data.problems,
    ...checks.flatMap((check) => check(project)),
    ...validateDiagrams(root, project.topics),
  ];
  return { ...project, problems: problems.sort(byLocation) };
}
