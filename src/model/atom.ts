/** An Atom feed (RFC 4287) of page updates, generated from each page's `updated` date. */
export interface FeedEntry {
  title: string;
  url: string;
  updated: Date;
  summary: string;
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const date = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function atomFeed(
  feed: { title: string; url: string; feedUrl: string; entries: readonly FeedEntry[] },
  limit = 50,
): string {
  const entries = [...feed.entries]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title))
    .slice(0, limit);
  const newest = entries[0]?.updated ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(feed.title)}</title>`,
    `  <id>${escape(feed.url)}</id>`,
    `  <link href="${escape(feed.url)}"/>`,
    `  <link rel="self" href="${escape(feed.feedUrl)}"/>`,
    `  <updated>${date(newest)}</updated>`,
    `  <author><name>${escape(feed.title)}</name></author>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <title>${escape(e.title)}</title>`,
        `    <id>${escape(e.url)}</id>`,
        `    <link href="${escape(e.url)}"/>`,
        `    <updated>${date(e.updated)}</updated>`,
        `    <summary>${escape(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
