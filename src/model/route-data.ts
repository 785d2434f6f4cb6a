/**
 * Route data: everything the page frame shows besides the page's own content (sidebar, breadcrumbs,
 * previous/next, table of contents, edit link, last update, search settings), computed once per page
 * from one description of where the page sits. Pages describe themselves with `RouteTarget`; the
 * layout and the chrome components read the result from `Astro.locals.route` (see use-route-data.ts).
 */
import { sectionLabel, type SectionId } from '../schemas/sections.ts';
import { readEnv } from '../site.config.ts';
import { editUrl, folderUrl, reportProblemUrl } from './edit-url.ts';
import { withGeneratedPages } from './nav-generated.ts';
import {
  breadcrumbs,
  buildSidebar,
  prevNext,
  type Crumb,
  type NavLink,
  type NavSection,
  type NavTopic,
} from './navigation.ts';
import { referenceCrumbs } from './reference-crumbs.ts';
import {
  comparePairPath,
  generatedPages,
  generatedRoutes,
  sectionPath,
  technologyPath,
  topicPath,
  type GeneratedPageName,
} from './routes.ts';
import { withBase } from './urls.ts';

/** A heading of the table of contents (the shape of Astro's `MarkdownHeading`). */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Where a page sits in the site. */
export type RouteTarget =
  | { topic: NavTopic; updated: Date }
  | { section: SectionId }
  | { page: GeneratedPageName }
  | { technology: { id: string; name: string } }
  | { comparePair: { id: string; title: string } };

export interface RouteInput {
  title: string;
  description: string;
  target: RouteTarget;
  headings?: TocHeading[] | undefined;
  /**
   * The repository file or folder a generated page is made from: its "Edit this page" link and, via
   * `useRouteData()`, its "Last updated" date (topic pages get both from `target`).
   */
  source?: { file: string } | { folder: string } | undefined;
  /** When the page's content last changed (`useRouteData()` fills it from `source`). */
  updated?: Date | undefined;
  /** Root-relative path of the page as Markdown (`/containers.md`): the alternate link and the copy button. */
  markdown?: string | undefined;
}

/** What the frame needs from the data set: the technologies, for the sidebar's group and their prev/next. */
export interface RouteContext {
  technologies: readonly { id: string; name: string }[];
}

export interface RouteData {
  title: string;
  description: string;
  path: string;
  /** The section the page belongs to: a search filter value. */
  section?: SectionId | undefined;
  sidebar: NavSection[];
  crumbs: Crumb[];
  headings: TocHeading[];
  prev?: NavLink | undefined;
  next?: NavLink | undefined;
  editUrl?: string | undefined;
  /** "Report a problem": a new issue prefilled with the page's title and address. */
  reportUrl: string;
  updated?: Date | undefined;
  markdown?: string | undefined;
  /** Whether the page is in the search index. */
  searchable: boolean;
}

/**
 * The route data of a page, given every topic's navigation fields: the frame as `frameData` computes
 * it, plus the links every page carries (edit, report, Markdown) and the generated pages in the sidebar.
 */
export function buildRouteData(
  nav: readonly NavTopic[],
  input: RouteInput,
  context: RouteContext = { technologies: [] },
): RouteData {
  const frame = frameData(nav, input, context);
  const env = readEnv();
  const source = input.source;
  return {
    ...frame,
    sidebar: withGeneratedPages(frame.sidebar, {
      currentPath: frame.path,
      routeExists: (path) => generatedRoutes.includes(path),
      technologies: context.technologies,
    }),
    editUrl: frame.editUrl ?? (source && ('file' in source ? editUrl(source.file) : folderUrl(source.folder))),
    updated: frame.updated ?? input.updated,
    reportUrl: reportProblemUrl(input.title, `${env.site}${withBase(frame.path, env.base)}`),
    markdown: input.markdown,
  };
}

/** Previous and next technology in the sidebar's order (by name). */
function technologyNeighbours(technologies: RouteContext['technologies'], id: string) {
  const byName = [...technologies].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const at = byName.findIndex((t) => t.id === id);
  if (at < 0) return {};
  const link = (t: (typeof byName)[number] | undefined): NavLink | undefined =>
    t ? { label: t.name, path: technologyPath(t.id), current: false } : undefined;
  return { prev: link(byName[at - 1]), next: link(byName[at + 1]) };
}

function frameData(
  nav: readonly NavTopic[],
  input: RouteInput,
  context: RouteContext,
): Omit<RouteData, 'reportUrl' | 'markdown'> {
  const { title, description, target } = input;
  const common = { title, description, headings: input.headings ?? [] };
  if ('topic' in target) {
    const { topic, updated } = target;
    const path = topicPath(topic.id);
    return {
      ...common,
      path,
      section: topic.section,
      sidebar: buildSidebar(nav, { topicId: topic.id }),
      crumbs: breadcrumbs(topic, topic.section, title, path),
      ...prevNext(nav, topic.id),
      editUrl: editUrl(`content/topics/${topic.id}.mdx`),
      updated,
      searchable: true,
    };
  }
  if ('section' in target) {
    const path = sectionPath(target.section);
    return {
      ...common,
      path,
      section: target.section,
      sidebar: buildSidebar(nav, { sectionId: target.section }),
      crumbs: breadcrumbs(undefined, target.section, sectionLabel(target.section), path),
      searchable: false,
    };
  }
  if ('technology' in target) {
    const path = technologyPath(target.technology.id);
    const trail = [
      { label: 'Technologies', path: generatedPages.technologies.path },
      { label: target.technology.name, path },
    ];
    return {
      ...common,
      ...referencePage(nav, trail),
      ...technologyNeighbours(context.technologies, target.technology.id),
      path,
      searchable: true,
    };
  }
  if ('comparePair' in target) {
    const path = comparePairPath(target.comparePair.id);
    const compare = generatedPages.compare.path;
    return {
      ...common,
      path,
      section: 'practice',
      sidebar: buildSidebar(nav, {}),
      crumbs: [
        ...breadcrumbs(undefined, 'practice', 'Compare technologies', compare),
        { label: target.comparePair.title, path },
      ],
      searchable: true,
    };
  }
  const page: { path: string; section?: 'reference' | 'concepts' | 'practice'; searchable: boolean } =
    generatedPages[target.page];
  if (page.section === 'reference') {
    return {
      ...common,
      ...referencePage(nav, [{ label: title, path: page.path }]),
      path: page.path,
      searchable: page.searchable,
    };
  }
  return {
    ...common,
    path: page.path,
    section: page.section,
    sidebar: buildSidebar(nav, {}),
    crumbs: breadcrumbs(undefined, page.section, title, page.path),
    searchable: page.searchable,
  };
}

/** The generated reference pages: the Reference section's sidebar and breadcrumbs. */
function referencePage(nav: readonly NavTopic[], trail: Crumb[]) {
  return {
    section: 'reference' as const,
    sidebar: buildSidebar(nav, { sectionId: 'reference' }),
    crumbs: referenceCrumbs(nav, trail),
  };
}
