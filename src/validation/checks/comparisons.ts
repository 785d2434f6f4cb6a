import type { Comparison } from '../../schemas/comparison.ts';
import type { Problem } from '../../problems/problems.ts';
import type { Located } from '../../problems/located.ts';

/**
 * The shape of a comparison table beyond its schema: unique column and row ids, exactly one cell
 * per column in every row, and at least one source behind every cell.
 */
export function checkComparison(table: Located<Comparison>): Problem[] {
  const problems: Problem[] = [];
  const report = (path: (string | number)[], message: string, keyOf = false) =>
    problems.push({ file: table.file, ...table.at(path, keyOf), severity: 'error', message });
  const { columns, rows } = table.value;
  const columnIds = columns.map((c) => c.id);
  const columnList = columnIds.join(', ');

  columns.forEach((column, c) => {
    if (columnIds.indexOf(column.id) !== c)
      report(
        ['columns', c, 'id'],
        `The column id "${column.id}" appears twice in this table; give each column its own id.`,
      );
  });
  const rowIds = rows.map((r) => r.id);
  rows.forEach((row, r) => {
    if (rowIds.indexOf(row.id) !== r)
      report(['rows', r, 'id'], `The row id "${row.id}" appears twice in this table; give each row its own id.`);
    for (const columnId of new Set(columnIds)) {
      if (!(columnId in row.cells)) {
        report(
          ['rows', r, 'cells'],
          `Row "${row.id}" has no cell for column "${columnId}"; add \`${columnId}:\` with a summary and sources under \`cells\`.`,
          true,
        );
      }
    }
    for (const [columnId, cell] of Object.entries(row.cells)) {
      if (!columnIds.includes(columnId)) {
        report(
          ['rows', r, 'cells', columnId],
          `Row "${row.id}" has a cell for "${columnId}", which is not a column of this table; use one of the column ids (${columnList}) or remove the cell.`,
          true,
        );
      } else if (cell.sources.length === 0) {
        report(
          ['rows', r, 'cells', columnId, 'sources'],
          `The cell for column "${columnId}" in row "${row.id}" cites no source; add at least one source id to \`sources\`.`,
        );
      }
    }
  });
  return problems;
}

export function checkComparisons(tables: readonly Located<Comparison>[]): Problem[] {
  return tables.flatMap(checkComparison);
}
