/**
 * What the search index sees of a built page. Pagefind ends a sentence (adds ". ") only after
 * some block elements: p, td, li, headings, div and a few more. Header cells, captions and
 * definition terms get no separator, so "<th>Part</th><th>Guest sees</th>" would be indexed as
 * "PartGuest sees" and excerpts would read as run-on words. We rename those elements to ones
 * Pagefind does separate, in the copy of the HTML handed to the indexer only; the served page is
 * untouched, so screen readers and layout never see a separator.
 */

/** Elements renamed in the indexed copy, and what they become. */
const sentenceElements: Record<string, string> = {
  th: 'td',
  caption: 'p',
  figcaption: 'p',
  dt: 'p',
  dd: 'p',
  summary: 'p',
  blockquote: 'div',
  pre: 'div',
};

const tagPattern = new RegExp(`<(/?)(${Object.keys(sentenceElements).join('|')})(?=[\\s/>])`, 'gi');

/** A start tag with its attributes; quoted values may hold `>`. */
const startTagPattern = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)(\s*\/?)>/g;
const idAttributePattern = /\s+id\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+)/i;

/**
 * Removes the `id` of every element that cannot be a sub-result. Pagefind stores an anchor, with its
 * text, for each element with an id in the page's fragment, but builds sub-results only from headings
 * and elements marked `data-pagefind-title`; the other anchors (reference list items, diagram parts,
 * glossary definitions) only made each result a reader downloads bigger.
 */
function dropNonHeadingIds(html: string): string {
  return html.replace(startTagPattern, (tag, name: string, attributes: string, end: string) => {
    if (/^h[1-6]$/i.test(name) || !idAttributePattern.test(attributes) || /\sdata-pagefind-title\b/i.test(attributes)) {
      return tag;
    }
    return `<${name}${attributes.replace(idAttributePattern, '')}${end}>`;
  });
}

/**
 * The page's HTML as the search index should see it: every separator-less block element turned into
 * one Pagefind ends a sentence after, and ids kept only on headings (see `dropNonHeadingIds`).
 */
export function prepareForIndex(html: string): string {
  return dropNonHeadingIds(html).replace(
    tagPattern,
    (_, slash: string, name: string) => `<${slash}${sentenceElements[name.toLowerCase()]}`,
  );
}

const bodyMarker = /<[a-z][\w-]*\s[^>]*\bdata-pagefind-body\b/i;
const bodyStart = /<body\b[^>]*>/i;

/**
 * The part of a built page the search index needs: everything up to and including `<body>` (the
 * language, the title), then everything from the element marked `data-pagefind-body` on. What lies
 * between (site header, sidebar, breadcrumbs: about half of a page's HTML) is outside the indexed
 * element, so Pagefind would read and drop it. Undefined for a page without that element (the 404
 * and search pages): Pagefind leaves such pages out of the index anyway.
 */
export function indexedPart(html: string): string | undefined {
  const marker = bodyMarker.exec(html);
  if (!marker) return undefined;
  const body = bodyStart.exec(html);
  if (!body || body.index > marker.index) return html;
  return html.slice(0, body.index + body[0].length) + html.slice(marker.index);
}
