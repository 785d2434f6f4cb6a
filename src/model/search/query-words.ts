/**
 * Plain-language questions to search words. Pagefind matches pages containing every word of a
 * query, so "how much slower" or "firecracker vs gvisor" found pages with "how", "much" and "vs"
 * in them rather than the page that answers. The words that carry no topic are dropped, and a few
 * everyday words are replaced by the word the guide uses for the idea.
 */
const stopWords = new Set(
  (
    'a about an and are as at be between by can could difference do does for from get how i if in into is it its me ' +
    'much my of on or run running should than that the their there these this to use using versus vs was what when where which who ' +
    'why will with would you your'
  ).split(' '),
);

/** Everyday words and the word the guide's pages use for the same idea. */
const guideWords: Record<string, string> = {
  slower: 'performance',
  faster: 'performance',
  slow: 'performance',
  fast: 'performance',
  speed: 'performance',
  slowdown: 'overhead',
  secure: 'security',
  safe: 'security',
  safer: 'security',
  boot: 'startup',
};

/** The words to search for: stop words dropped, everyday words mapped; the query itself when nothing would be left. */
export function searchWords(query: string): string {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}.+-]+/u)
    .filter(Boolean);
  const kept = words.filter((w) => !stopWords.has(w)).map((w) => guideWords[w] ?? w);
  return kept.length > 0 ? [...new Set(kept)].join(' ') : query.trim();
}
