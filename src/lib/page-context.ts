import { citationMarkers, type CitationMarker, type PageCitations } from './citations.ts';
import type { DataSet } from './data/dataset.ts';

/**
 * What the data components (`<Cite>`, `<ComparisonTable>`, `<Measurements>`, `<Term>`) need from the
 * page they render in. A page sets it on `Astro.locals.page` before rendering its content; MDX
 * components cannot receive it as props because authors write them without data.
 */
export interface PageContext {
  data: DataSet;
  citations: PageCitations;
  /** The next citation marker for a source; undefined when the source is not in this page's citations. */
  cite: (sourceId: string) => CitationMarker | undefined;
}

export function createPageContext(data: DataSet, citations: PageCitations): PageContext {
  return { data, citations, cite: citationMarkers(citations) };
}

/** The page context, or an error that says which page forgot to set it. */
export function requirePageContext(locals: { page?: PageContext | undefined }, component: string, url: URL): PageContext {
  if (!locals.page) {
    throw new Error(`<${component}> on ${url.pathname} needs page data: set Astro.locals.page = createPageContext(...) in the page before rendering its content.`);
  }
  return locals.page;
}
