import { closest } from '../../problems/messages.ts';
import { findAll } from '../../problems/mdx-source.ts';
import { anchorsOf, type MdxNode } from '../../problems/mdx-tree.ts';
import { problem, type Problem } from '../../problems/problems.ts';
import { glossaryPath, normalizeInternalPath, referencePath, topicPath } from '../../model/routes.ts';

/** Ids the page layout gives every topic page, whatever its content. */
const layoutAnchors = ['main', 'site-nav', 'toc-heading', 'references', 'related-pages'];

export interface AnchoredPage {
  id: string;
  file: string;
  /** Body with code blanked out (positions kept). */
  body: string;
  tree: MdxNode | undefined;
}

/** Anchors of every page whose anchors are known: topic pages, the glossary and the references page. */
export function knownAnchors(
  pages: readonly AnchoredPage[],
  glossaryIds: Iterable<string>,
  sourceIds: Iterable<string>,
): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  for (const page of pages) {
    // The page's own anchors first: suggestions come from these, not from the layout's.
    if (page.tree) anchors.set(topicPath(page.id), new Set(anchorsOf(page.tree)));
  }
  const path = (p: string) => p.replace(/#.*$/, '');
  anchors.set(path(glossaryPath('x')), new Set([...glossaryIds].map((id) => glossaryPath(id).replace(/^.*#/, ''))));
  anchors.set(path(referencePath('x')), new Set([...sourceIds].map((id) => referencePath(id).replace(/^.*#/, ''))));
  return anchors;
}

/**
 * `[text](/page/#heading)` and `[text](#heading)` must name an anchor that exists on the target page.
 * Pages whose anchors are not known (technology pages, section overviews) are not checked; a link to
 * a page that does not exist at all is the link checker's problem, not this one's.
 */
export function checkFragments(
  pages: readonly AnchoredPage[],
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const links = [
      ...findAll(page.body, /\]\(((?:\/|#)[^)\s]*)/g),
      ...findAll(page.body, /href=["']((?:\/|#)[^"']*)["']/g),
    ];
    for (const link of links) {
      const hash = link.value.indexOf('#');
      if (hash < 0 || link.value.startsWith('//')) continue;
      const fragment = decodeURIComponent(link.value.slice(hash + 1));
      const target = hash === 0 ? topicPath(page.id) : normalizeInternalPath(link.value);
      const known = anchors.get(target);
      if (!known || fragment === '' || known.has(fragment) || layoutAnchors.includes(fragment)) continue;
      const candidates = [...known];
      const suggestion = closest(fragment, candidates) ?? candidates.find((a) => a.includes(fragment.toLowerCase()));
      const some = candidates
        .slice(0, 4)
        .map((a) => `#${a}`)
        .join(', ');
      const advice = suggestion
        ? `did you mean "#${suggestion}"?`
        : `use the anchor of one of its headings (${some}${candidates.length > 4 ? ', ...' : ''}) or drop "#${fragment}".`;
      problems.push(problem(page.file, link, `The page ${target} has no heading or anchor "#${fragment}"; ${advice}`));
    }
  }
  return problems;
}
