import type { DataSet } from '../../../src/collections/dataset.ts';
import { whereCited, type CitingPage, type CitingTopic } from '../../../src/model/where-cited.ts';
import type { Located } from '../../../src/problems/located.ts';
import type { Source } from '../../../src/schemas/source.ts';

/** One source with how long ago it was last checked and, when that is too long, what rests on it. */
export interface SourceAge {
  id: string;
  title: string;
  url: string;
  /** `file:line:column` of the entry, for the contributor who re-checks it. */
  location: string;
  accessed: string;
  revision: string | undefined;
  /** Whole months since `accessed`. */
  ageMonths: number;
  /** Checked longer ago than the limit. */
  stale: boolean;
  /** Pages whose claims cite the source (topics, technology pages, glossary entries). */
  pages: CitingPage[];
  /** Data entries that cite it: table cells, measurements, technologies, glossary entries. */
  entries: string[];
}

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD); a month counts once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The date `months` calendar months before `date` (YYYY-MM-DD), on the last day of the month when the day does not exist. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The data entries citing each source, named so a contributor can find them: "comparison t, row kernel, column vm". */
export function dataEntriesCiting(index: DataSet): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  const add = (id: string, entry: string) => byId.set(id, [...(byId.get(id) ?? []), entry]);
  for (const table of index.comparisons.values()) {
    for (const row of table.rows) {
      for (const [column, cell] of Object.entries(row.cells))
        cell.sources.forEach((id) => add(id, `comparison ${table.id}, row ${row.id}, column ${column}`));
    }
  }
  for (const m of index.measurements) add(m.source, `measurement ${m.id}`);
  for (const tech of index.technologies.values()) tech.sources.forEach((id) => add(id, `technology ${tech.id}`));
  for (const entry of index.glossary.values()) entry.sources.forEach((id) => add(id, `glossary ${entry.id}`));
  return byId;
}

export interface SourceAgeOptions {
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Sources checked more than this many months before `today` are flagged. */
  maxAgeMonths: number;
}

/**
 * Every source, oldest check first (ties by id), with its age and, for the flagged ones, the pages
 * and data entries whose claims rest on it. Uses the same citation index as the uncited-source check.
 */
export function sourceAges(
  sources: readonly Located<Source>[],
  index: DataSet,
  topics: readonly CitingTopic[],
  options: SourceAgeOptions,
): SourceAge[] {
  const pages = whereCited(index, topics);
  const cutoff = monthsBefore(options.today, options.maxAgeMonths);
  const entries = dataEntriesCiting(index);
  return sources
    .map(({ value: s, file, at }) => {
      const ageMonths = monthsBetween(s.accessed, options.today);
      const stale = s.accessed < cutoff;
      const { line, column } = at(['id']);
      return {
        id: s.id,
        title: s.title,
        url: s.url,
        location: `${file}:${line}:${column}`,
        accessed: s.accessed,
        revision: s.revision,
        ageMonths,
        stale,
        pages: stale ? (pages.get(s.id) ?? []) : [],
        entries: stale ? [...new Set(entries.get(s.id) ?? [])] : [],
      };
    })
    .sort((a, b) => a.accessed.localeCompare(b.accessed) || a.id.localeCompare(b.id));
}
