/**
 * Highlighting the searched words on the page a result leads to. Pagefind appends each word of the
 * query to result URLs (`/hypervisors/?highlight=type&highlight=2`); the page reads them back here.
 */

/** The query parameter Pagefind is told to add to result URLs (its `highlightParam` option). */
export const highlightParam = 'highlight';

/** The distinct, lower-cased words to highlight, from a URL's query string. */
export function highlightTerms(search: string, param = highlightParam): string[] {
  const words = new URLSearchParams(search)
    .getAll(param)
    .flatMap((value) => value.split(/\s+/))
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter(Boolean);
  return [...new Set(words)];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching the words on the page. Pagefind matches word prefixes (searching "namespace"
 * finds "namespaces"), so a term of three or more characters marks every word it starts; shorter
 * terms ("2", "os") mark only whole words, or every "2" in a version number would light up.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((t) =>
    t.length >= 3 ? `${escapeRegExp(t)}[\\p{L}\\p{N}]*` : `${escapeRegExp(t)}(?![\\p{L}\\p{N}])`,
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
}
