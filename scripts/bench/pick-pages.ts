/**
 * Which built page stands for each page type in the report, found by looking at the built HTML so
 * the benchmark follows the site as it grows. A type with no page yet is left out, with the reason.
 */
import type { PageKind } from './report-types.ts';

export interface BuiltPage {
  /** URL path without the base, e.g. `/containers/`. */
  path: string;
  html: string;
}

export interface PickedPage {
  kind: PageKind;
  path: string;
  note?: string | undefined;
}

/** Generated listing and utility pages: not topic pages, so never picked as one. */
const notTopics = /^\/(404|all-topics\/|sections\/|search\/|technologies\/)/;

const preferredTopic = '/containers/';
const preferredComparison = '/compare-isolation-security/';

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const tables = (page: BuiltPage) => count(page.html, /<table\b/g);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Build-time diagrams on a page: figures with a "diagram" class, else inline Mermaid SVGs. */
export function diagramCount(html: string): number {
  return count(html, /<figure\b[^>]*class="[^"]*\bdiagram\b/g) || count(html, /<svg\b[^>]*aria-roledescription=/g);
}

export function pickPages(pages: BuiltPage[]): { picked: PickedPage[]; missing: string[] } {
  const sorted = [...pages].sort((a, b) => a.path.localeCompare(b.path));
  const byPath = new Map(sorted.map((p) => [p.path, p]));
  const topics = sorted.filter((p) => p.path !== '/' && !notTopics.test(p.path));
  const picked: PickedPage[] = [];
  const missing: string[] = [];

  if (byPath.has('/')) picked.push({ kind: 'home', path: '/' });
  else missing.push('home: no page at /');

  const topic = byPath.get(preferredTopic) ?? topics[0];
  if (topic) picked.push({ kind: 'topic', path: topic.path });
  else missing.push('topic: no topic page');

  const withDiagram = topics.find((p) => diagramCount(p.html) > 0);
  if (withDiagram)
    picked.push({
      kind: 'topic with diagrams',
      path: withDiagram.path,
      note: plural(diagramCount(withDiagram.html), 'diagram'),
    });
  else if (topic)
    picked.push({
      kind: 'topic with diagrams',
      path: topic.path,
      note: 'no page has a diagram yet; a plain topic stands in',
    });

  const mostTables = topics.reduce<BuiltPage | undefined>(
    (best, p) => (tables(p) > (best ? tables(best) : 0) ? p : best),
    undefined,
  );
  const preferred = byPath.get(preferredComparison);
  const comparison = preferred ?? mostTables;
  if (comparison)
    picked.push({
      kind: 'comparison',
      path: comparison.path,
      note: `${plural(tables(comparison), 'table')}${preferred ? '' : ', the most of any topic page'}`,
    });
  else missing.push('comparison: no page has a table');

  const technology = sorted.find((p) => /^\/technologies\/[^/]+\/$/.test(p.path));
  if (technology) picked.push({ kind: 'technology', path: technology.path });
  else missing.push('technology: no /technologies/<id>/ page yet');

  if (byPath.has('/search/')) picked.push({ kind: 'search', path: '/search/' });
  else missing.push('search: no /search/ page yet');

  return { picked, missing };
}
