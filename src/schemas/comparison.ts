import { z } from 'astro/zod';
import { dataId, text } from './data-fields.ts';

/** One column of a comparison table: a category with a label, or a catalog technology. */
export const comparisonColumnSchema = z
  .strictObject({
    /** Key of this column in every row's `cells`. Required. */
    id: dataId.describe("Key of this column in every row's cells."),
    /** Column heading. Required unless `technology` is set (then the technology's name is used). */
    label: text(60).optional().describe('Column heading; defaults to the technology name.'),
    /** Id of a catalog technology; its heading links to the technology page. Optional. */
    technology: dataId.optional().describe('A technology id from content/data/technologies/.'),
  })
  .superRefine((column, ctx) => {
    if (column.label === undefined && column.technology === undefined) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'is required unless the column names a `technology`; add a heading', input: undefined });
    }
  });

/** One cell: a short answer, an optional longer explanation, and the sources behind it. */
export const comparisonCellSchema = z.strictObject({
  /** The short answer shown in the cell: a sentence or a phrase. Required. */
  summary: text(200).describe('Short answer shown in the cell.'),
  /** Longer explanation, shown in a disclosure under the summary. Optional. */
  detail: text(1200).optional().describe('Longer explanation, shown in a disclosure.'),
  /** Ids of the sources that support the cell; at least one (checked with a clear message). Required. */
  sources: z.array(dataId).describe('Source ids supporting this cell (at least one).'),
});

/** One row: a characteristic compared across all columns. */
export const comparisonRowSchema = z.strictObject({
  /** Row id, used by `<ComparisonTable rows="...">`; unique within the table. Required. */
  id: dataId.describe('Row id, unique in the table; used by <ComparisonTable rows="...">.'),
  /** Row heading: the characteristic compared. Required. */
  label: text(80).describe('Row heading: the characteristic compared.'),
  /** One cell per column id; every column needs a cell. Required. */
  cells: z.record(z.string(), comparisonCellSchema).describe('One cell per column id.'),
});

/**
 * A comparison table (`content/data/comparisons/<id>.yaml`, one per file), embedded in pages with
 * `<ComparisonTable id>`.
 */
export const comparisonSchema = z.strictObject({
  /** Table id used by `<ComparisonTable id>`; must equal the file name without `.yaml`. Required. */
  id: dataId.describe('Table id for <ComparisonTable id>; the same as the file name without .yaml.'),
  /** Title shown as the table's caption. Required. */
  title: text(120).describe("Title, shown as the table's caption."),
  /** One sentence under the title saying what the table compares. Required. */
  caption: text(300).describe('One sentence saying what the table compares.'),
  /** Columns, left to right. Required, at least two. */
  columns: z.array(comparisonColumnSchema).min(2).describe('Columns, left to right.'),
  /** Rows, top to bottom. Required, at least one. */
  rows: z.array(comparisonRowSchema).min(1).describe('Rows, top to bottom.'),
});

export type Comparison = z.infer<typeof comparisonSchema>;
export type ComparisonColumn = z.infer<typeof comparisonColumnSchema>;
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;
export type ComparisonCell = z.infer<typeof comparisonCellSchema>;
