/**
 * Every URL the site builds, as root-relative paths without the base (e.g. `/containers/`).
 * Topic pages come from `content/topics/<id>.mdx`; the others are generated pages under `src/pages/`.
 * The link checker resolves internal links against this list.
 */
export const generatedRoutes: readonly string[] = ['/all-topics/', '/references/', '/glossary/', '/technologies/', '/search/', '/stacks/'];

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
