import type { Source } from '../schemas/source.ts';

/**
 * The one-line previews shown beside a citation or a glossary term on hover and keyboard focus
 * (global.css draws them from a data attribute: no JavaScript).
 */

/** "Title. Publisher, 2023." or "Title. A and B, 2019." */
export function sourcePreview(source: Source): string {
  const who = source.publisher ?? source.authors?.join(', ');
  const year = source.date?.slice(0, 4) ?? source.year?.toString();
  const by = [who, year].filter(Boolean).join(', ');
  const title = source.title.replace(/\s+/g, ' ').trim();
  return by ? `${title}${/[.?!]$/.test(title) ? '' : '.'} ${by}.` : title;
}

/** A glossary definition, cut after its first sentence when it has more, and to `max` characters. */
export function termPreview(definition: string, max = 200): string {
  const text = definition.replace(/\s+/g, ' ').trim();
  const first = text.match(/^.+?[.!?](?=\s+[A-Z])/)?.[0] ?? text;
  return first.length <= max ? first : `${first.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
