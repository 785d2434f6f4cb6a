/**
 * Route data: everything the page frame shows besides the page's own content (sidebar, breadcrumbs,
 * previous/next, table of contents, edit link, last update, search settings), computed once per page
 * from one description of where the page sits. Pages describe themselves with `RouteTarget`; the
 * layout and the chrome components read the result from `Astro.locals.route` (see use-route-data.ts).
 */
import { sectionLabel, type SectionId } from '../schemas/sections.ts';
import { editUrl } from './edit-url.ts';
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
import { generatedPages, sectionPath, technologyPath, topicPath, type GeneratedPageName } from './routes.ts';

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
  | { technology: { id: string; name: string } };

export interface RouteInput {
  title: string;
  description: string;
  target: RouteTarget;
  headings?: TocHeading[] | undefined;
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
  updated?: Date | undefined;
  /** Whether the page is in the search index. */
  searchable: boolean;
}

/** The route data of a page, given every topic's navigation fields. */
export function buildRouteData(nav: readonly NavTopic[], input: RouteInput): RouteData {
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
    return { ...common, ...referencePage(nav, trail), path, searchable: true };
  }
  const page: { path: string; section?: 'reference' | 'concepts'; searchable: boolean } = generatedPages[target.page];
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
