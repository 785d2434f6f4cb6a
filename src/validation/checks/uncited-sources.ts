import type { Problem } from '../../problems/problems.ts';
import type { LocatedData } from '../../collections/load-data.ts';
import type { CitingTopic } from '../../model/where-cited.ts';
import { whereCited } from '../../model/where-cited.ts';
import type { DataSet } from '../../collections/dataset.ts';

/**
 * A source nothing cites is a warning, not an error: a contributor may add a source in one pull
 * request and the page that cites it in the next. Warnings are listed in every run, so the
 * bibliography does not quietly fill with dead entries. Table cells count even when no page shows
 * the table yet.
 */
export function checkUncitedSources(
  data: LocatedData,
  index: DataSet,
  topics: readonly CitingTopic[],
  alsoCited: Iterable<string> = [],
): Problem[] {
  const cited = new Set([...whereCited(index, topics).keys(), ...alsoCited]);
  for (const table of index.comparisons.values()) {
    for (const row of table.rows)
      for (const cell of Object.values(row.cells)) cell.sources.forEach((id) => cited.add(id));
  }
  for (const m of index.measurements) cited.add(m.source);
  return data.sources
    .filter((source) => !cited.has(source.value.id))
    .map((source) => ({
      file: source.file,
      ...source.at(['id']),
      severity: 'warning' as const,
      message: `Source "${source.value.id}" is not cited anywhere; cite it with <Cite id="${source.value.id}" /> or from a table cell, measurement, glossary entry or technology, or remove it.`,
    }));
}
