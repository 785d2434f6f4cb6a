import type { Problem } from '../../problems/problems.ts';
import type { DataSet } from '../../collections/dataset.ts';
import type { LocatedData } from '../../collections/load-data.ts';
import type { Located } from '../../problems/located.ts';
import { unknownIdMessage, type IdKind } from '../../problems/unknown-id.ts';

type Path = (string | number)[];

/**
 * Ids that data entries use to refer to other entries must exist: sources in technologies, table
 * cells, measurements and glossary entries; technologies as table columns and in measurements;
 * glossary entries in `seeAlso`.
 */
export function checkDataReferences(data: LocatedData, index: DataSet): Problem[] {
  const problems: Problem[] = [];
  const known: Record<IdKind, ReadonlyMap<string, unknown>> = {
    source: index.sources,
    technology: index.technologies,
    'glossary entry': index.glossary,
    'comparison table': index.comparisons,
  };
  const expect = (entry: Located<unknown>, kind: IdKind, id: string, path: Path) => {
    if (!known[kind].has(id)) {
      problems.push({
        file: entry.file,
        ...entry.at(path),
        severity: 'error',
        message: unknownIdMessage(kind, id, known[kind].keys()),
      });
    }
  };

  for (const tech of data.technologies) {
    tech.value.sources.forEach((id, i) => expect(tech, 'source', id, ['sources', i]));
  }
  for (const table of data.comparisons) {
    table.value.columns.forEach((column, c) => {
      if (column.technology) expect(table, 'technology', column.technology, ['columns', c, 'technology']);
    });
    table.value.rows.forEach((row, r) => {
      for (const [columnId, cell] of Object.entries(row.cells)) {
        cell.sources.forEach((id, i) => expect(table, 'source', id, ['rows', r, 'cells', columnId, 'sources', i]));
      }
    });
  }
  for (const m of data.measurements) {
    expect(m, 'technology', m.value.technology, ['technology']);
    expect(m, 'source', m.value.source, ['source']);
  }
  for (const entry of data.glossary) {
    entry.value.seeAlso.forEach((id, i) => expect(entry, 'glossary entry', id, ['seeAlso', i]));
    entry.value.sources.forEach((id, i) => expect(entry, 'source', id, ['sources', i]));
  }
  return problems;
}
