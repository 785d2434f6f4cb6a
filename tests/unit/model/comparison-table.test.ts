import { describe, expect, it } from 'vitest';
import { buildComparisonTable, parseRowList, tableCitations } from '../../../src/model/comparison-table.ts';
import { table, technology } from '../support/sample-data.ts';

const technologies = new Map([['rc', technology('rc', { name: 'RunC' })]]);

describe('building a comparison table', () => {
  it('labels technology columns with the technology’s name and links them to its page', () => {
    const model = buildComparisonTable(table, technologies);
    expect(model.columns).toEqual([
      { id: 'vm', label: 'Virtual machines' },
      { id: 'rc', label: 'RunC', path: '/technologies/rc/' },
    ]);
  });

  it('lists each row’s cells in column order, each carrying its column label for narrow screens', () => {
    const [kernel] = buildComparisonTable(table, technologies).rows;
    expect(kernel!.cells).toEqual([
      { columnId: 'vm', columnLabel: 'Virtual machines', summary: 'Own.', detail: undefined, sources: ['s2'] },
      { columnId: 'rc', columnLabel: 'RunC', summary: 'Shared.', detail: 'More.', sources: ['s1', 's3'] },
    ]);
  });

  it('shows only the requested rows, in the requested order, skipping unknown ids', () => {
    const model = buildComparisonTable(table, technologies, ['boundary', 'nope', 'kernel']);
    expect(model.rows.map((r) => r.id)).toEqual(['boundary', 'kernel']);
  });

  it('leaves a missing cell empty instead of failing', () => {
    const broken = { ...table, rows: [{ id: 'r', label: 'R', cells: { vm: { summary: 'x', sources: ['s1'] } } }] };
    expect(buildComparisonTable(broken, technologies).rows[0]!.cells[1]).toMatchObject({
      columnId: 'rc',
      summary: undefined,
      sources: [],
    });
  });

  it('falls back to the technology id when the catalog lacks the technology', () => {
    expect(buildComparisonTable(table, new Map()).columns[1]!.label).toBe('rc');
  });

  it('cites sources in reading order', () => {
    expect(tableCitations(buildComparisonTable(table, technologies))).toEqual(['s2', 's1', 's3', 's3', 's1']);
  });

  it('reads the rows attribute as a comma-separated list', () => {
    expect(parseRowList(' kernel, boundary ,')).toEqual(['kernel', 'boundary']);
    expect(parseRowList('')).toBeUndefined();
    expect(parseRowList(undefined)).toBeUndefined();
  });
});
