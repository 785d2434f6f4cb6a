import { checkData } from './data.ts';
import { checkMdxReferences } from './checks/mdx-references.ts';
import { checkUncitedSources } from './checks/uncited-sources.ts';
import { dataSetOf, type DataSet } from '../collections/dataset.ts';
import { loadData, type LocatedData, type UnreadableIds } from '../collections/load-data.ts';
import { listFiles } from '../tooling/list-files.ts';
import { checkComponentsKnown } from './checks/components-known.ts';
import { checkFragments, knownAnchors } from './checks/fragments.ts';
import { checkImages } from './checks/images.ts';
import { checkRouteCollisions } from './checks/route-collisions.ts';
import { checkSectionOrder } from './checks/section-order.ts';
import { checkPlaceholders } from './checks/placeholders.ts';
import { checkUnshownRows } from './checks/unshown-rows.ts';
import { dropFollowOnProblems } from './follow-on.ts';
import { checkDecideData, decideSourceIds } from './checks/decide.ts';
import { checkSpectrumChart } from './checks/spectrum.ts';
import { byLocation, type Problem } from '../problems/problems.ts';
import { generatedRoutes, sectionPath, technologyPath, topicPath, comparePairPath } from '../model/routes.ts';
import { checkInternalLinks, checkRelated, readTopics, type TopicFile } from './topics.ts';
import { validateDiagrams } from './diagrams.ts';

export { listFiles } from '../tooling/list-files.ts';

/** Everything read from the content tree, for the checks to look at. */
export interface Project {
  /** Project root folder. */
  root: string;
  topics: TopicFile[];
  data: LocatedData;
  /** The same data looked up by id. */
  index: DataSet;
  /** Data ids defined in files that could not be read; uses of them are not errors of their own. */
  unreadable: UnreadableIds;
}

export interface ValidationResult extends Project {
  problems: Problem[];
}

/** Every URL the site builds, for the link checker. */
function knownPaths(project: Project): Set<string> {
  const { root, topics, index } = project;
  const published = topics.filter((t) => !t.frontmatter?.draft);
  return new Set<string>([
    // Files under public/ are served as they are (`/favicon.svg`).
    ...listFiles(root, 'public', ['']).map((file) => file.replace(/^public/, '')),
    ...generatedRoutes,
    ...published.map((t) => topicPath(t.id)),
    ...published.flatMap((t) => (t.frontmatter ? [sectionPath(t.frontmatter.section)] : [])),
    ...[...index.technologies.keys()].map(technologyPath),
    ...project.data.pairs.map((p) => comparePairPath(p.value.id)),
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
    const drafts = new Map(project.topics.filter((t) => t.frontmatter?.draft).map((t) => [topicPath(t.id), t.file]));
    return project.topics.flatMap((topic) => [
      ...checkInternalLinks(topic, paths, drafts),
      ...checkRelated(topic, topicIds),
    ]);
  },
  ({ topics }) => checkRouteCollisions(topics),
  ({ topics }) => checkSectionOrder(topics),
  ({ root }) => checkPlaceholders(root),
  ({ topics }) => checkComponentsKnown(topics),
  ({ root, topics }) => checkImages(root, topics),
  ({ topics, index }) => checkFragments(topics, knownAnchors(topics, index.glossary.keys(), index.sources.keys())),
  ({ data, topics }) =>
    checkUnshownRows(
      data.comparisons,
      topics.filter((t) => !t.frontmatter?.draft),
    ),
  ({ data, index }) => checkData(data, index),
  ({ topics, index }) => checkMdxReferences(topics, index),
  ({ topics, data, index }) =>
    checkUncitedSources(
      data,
      index,
      topics.map((t) => ({ id: t.id, title: t.frontmatter?.title ?? t.id, body: t.body })),
      decideSourceIds(data),
    ),
  ({ data, index }) => checkSpectrumChart(data, index),
  ({ topics, data, index }) =>
    checkDecideData(data, index, new Set(topics.filter((t) => !t.frontmatter?.draft).map((t) => t.id))),
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
  const project: Project = {
    root,
    topics: topics.topics,
    data: data.data,
    index: dataSetOf(data.data),
    unreadable: data.unreadable,
  };
  const problems = dropFollowOnProblems(project, [
    ...topics.problems,
    ...data.problems,
    ...checks.flatMap((check) => check(project)),
    ...validateDiagrams(root, project.topics),
  ]);
  return { ...project, problems: problems.sort(byLocation) };
}
