/**
 * Every URL the site builds, as root-relative paths without the base (e.g. `/containers/`).
 * Topic pages come from `content/topics/<id>.mdx`; the other pages under `src/pages/` are listed in
 * `generatedPages` (a unit test checks that every page file is). Pages, navigation and the link
 * checker all take paths from here.
 */

/** Where a generated page sits: its path, its section (the search filter and breadcrumbs), and whether search indexes it. */
export interface GeneratedPage {
  path: string;
  /** `reference` pages get the Reference breadcrumb and sidebar; others name a section only for breadcrumbs. */
  section?: 'reference' | 'concepts' | 'practice';
  /** False for pages that only list other pages, so they never outrank the pages they list. */
  searchable: boolean;
}

export const generatedPages = {
  allTopics: { path: '/all-topics/', searchable: false },
  references: { path: '/references/', section: 'reference', searchable: true },
  glossary: { path: '/glossary/', section: 'reference', searchable: true },
  technologies: { path: '/technologies/', section: 'reference', searchable: true },
  search: { path: '/search/', searchable: false },
  stacks: { path: '/stacks/', section: 'concepts', searchable: true },
  decide: { path: '/decide/', section: 'practice', searchable: true },
  compare: { path: '/compare/', section: 'practice', searchable: true },
} as const satisfies Record<string, GeneratedPage>;

export type GeneratedPageName = keyof typeof generatedPages;

/** The paths of the generated pages, for the link checker. */
export const generatedRoutes: readonly string[] = Object.values(generatedPages).map((page) => page.path);

/** A page comparing two technologies (`content/data/pairs.yaml`). */
export function comparePairPath(id: string): string {
  return `/compare/${id}/`;
}

/** The catalog page of one technology (`content/data/technologies/<id>.yaml`). */
export function technologyPath(id: string): string {
  return `/technologies/${id}/`;
}

/** A glossary entry: its anchor on the glossary page. */
export function glossaryPath(id: string): string {
  return `/glossary/#${id}`;
}

/** A source: its anchor on the references page. */
export function referencePath(id: string): string {
  return `/references/#${id}`;
}

/** The overview page of a section (built only for sections that have pages). */
export function sectionPath(id: string): string {
  return `/sections/${id}/`;
}

/** The URL path of a topic page; `index` is the home page. */
export function topicPath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** Strip `#fragment` and `?query`, and add the trailing slash every page URL has. */
export function normalizeInternalPath(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  if (path === '' || path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)) return path || '/';
  return `${path}/`;
}
