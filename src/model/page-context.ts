import { citationMarkers, type CitationMarker, type PageCitations } from './citations.ts';
import type { DataSet } from '../collections/dataset.ts';

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
  /** `base` the first time, then `base-2`, `base-3`...: element ids stay unique when a page shows a table twice. */
  uniqueId: (base: string) => string;
}

export function createPageContext(data: DataSet, citations: PageCitations): PageContext {
  const used = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  return { data, citations, cite: citationMarkers(citations), uniqueId };
}

/** The page context, or an error that says which page forgot to set it. */
export function requirePageContext(
  locals: { page?: PageContext | undefined },
  component: string,
  url: URL,
): PageContext {
  if (!locals.page) {
    throw new Error(
      `<${component}> on ${url.pathname} needs page data: set Astro.locals.page = createPageContext(...) in the page before rendering its content.`,
    );
  }
  return locals.page;
}
