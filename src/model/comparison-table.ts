import type { Comparison } from '../schemas/comparison.ts';
import type { Technology } from '../schemas/technology.ts';
import { technologyPath } from './routes.ts';

/**
 * A comparison table ready to render: columns with their labels resolved, rows in display order,
 * and each row's cells in column order with the column label repeated (narrow screens show it).
 */
export interface TableColumn {
  id: string;
  label: string;
  /** The technology page, for columns that are catalog entries. */
  path?: string;
}

export interface TableCell {
  columnId: string;
  columnLabel: string;
  /** Undefined when the data has no cell for the column (the validator reports it). */
  summary: string | undefined;
  detail: string | undefined;
  sources: string[];
}

export interface TableRow {
  id: string;
  label: string;
  cells: TableCell[];
}

export interface TableModel {
  id: string;
  title: string;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** `rows="isolation, networking"` as a list of row ids; undefined when the attribute is absent or empty. */
export function parseRowList(rows: string | undefined): string[] | undefined {
  const ids = (rows ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return ids.length > 0 ? ids : undefined;
}

/**
 * Build the table for `comparison`. With `rowIds`, only those rows, in that order (unknown ids are
 * skipped; the validator reports them). Technology columns take the technology's name as label.
 */
export function buildComparisonTable(
  comparison: Comparison,
  technologies: ReadonlyMap<string, Pick<Technology, 'name'>>,
  rowIds?: readonly string[],
): TableModel {
  const columns: TableColumn[] = comparison.columns.map((column) => {
    const technology = column.technology ? technologies.get(column.technology) : undefined;
    return {
      id: column.id,
      label: column.label ?? technology?.name ?? column.technology ?? column.id,
      ...(column.technology ? { path: technologyPath(column.technology) } : {}),
    };
  });
  const rows = rowIds
    ? rowIds.flatMap((id) => comparison.rows.filter((row) => row.id === id).slice(0, 1))
    : comparison.rows;
  return {
    id: comparison.id,
    title: comparison.title,
    caption: comparison.caption,
    columns,
    rows: rows.map((row) => ({
      id: row.id,
      label: row.label,
      cells: columns.map((column) => {
        const cell = row.cells[column.id];
        return {
          columnId: column.id,
          columnLabel: column.label,
          summary: cell?.summary,
          detail: cell?.detail,
          sources: cell?.sources ?? [],
        };
      }),
    })),
  };
}

/** The source ids the table cites, in reading order (row by row, cell by cell), with repeats. */
export function tableCitations(table: TableModel): string[] {
  return table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.sources));
}
