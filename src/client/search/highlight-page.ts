/**
 * Marks the searched words on the page a search result led to (`?highlight=word`), inside the
 * page's indexed content only. Loaded only when the URL carries the parameter.
 */
import { highlightTerms, termPattern } from '../../model/search/highlight.ts';

const skip = 'script, style, svg, textarea, mark, [data-pagefind-ignore], [hidden]';

function markMatches(root: Element, pattern: RegExp): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let marked = 0;
  for (const text of texts) {
    const value = text.data;
    const matches = [...value.matchAll(pattern)];
    if (matches.length === 0) continue;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const match of matches) {
      parts.push(value.slice(at, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = match[0];
      parts.push(mark);
      at = match.index + match[0].length;
      marked++;
    }
    parts.push(value.slice(at));
    text.replaceWith(...parts.filter((p) => p !== ''));
  }
  return marked;
}

const pattern = termPattern(highlightTerms(location.search));
const root = document.querySelector('[data-pagefind-body]');
if (pattern && root) markMatches(root, pattern);
