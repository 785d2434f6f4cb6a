import type { Source } from '../schemas/source.ts';
import { formatDate } from './dates.ts';

/** The parts of a bibliography entry, in the order they are shown. */
export interface SourceEntryParts {
  /** Authors ("A, B and C"), else the publisher. */
  creators: string;
  title: string;
  url: string;
  /** The publisher when authors were named first; undefined otherwise. */
  publisher: string | undefined;
  /** "31 March 2023", "2015", or undefined. */
  published: string | undefined;
  /** ISO date for `<time datetime>`, when `published` is a full date. */
  publishedIso: string | undefined;
  accessed: string;
  accessedIso: string;
  /** What exactly was read on that day (a commit, version or the document's date), when recorded. */
  revision: string | undefined;
  note: string | undefined;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const readableDate = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

export function sourceEntryParts(source: Source): SourceEntryParts {
  const hasAuthors = (source.authors?.length ?? 0) > 0;
  return {
    creators: hasAuthors ? joinNames(source.authors!) : (source.publisher ?? ''),
    title: source.title,
    url: source.url,
    publisher: hasAuthors ? source.publisher : undefined,
    published: source.date ? readableDate(source.date) : source.year?.toString(),
    publishedIso: source.date,
    accessed: readableDate(source.accessed),
    accessedIso: source.accessed,
    revision: source.revision,
    note: source.note,
  };
}
