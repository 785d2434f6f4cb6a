import type { Comparison } from '../../schemas/comparison.ts';
import { attributeValue, findComponentUses } from '../../problems/mdx-components.ts';
import type { Located } from '../../problems/located.ts';
import { problem, type Problem } from '../../problems/problems.ts';

/**
 * A comparison row only appears where a page embeds its table without `rows`, or lists the row in
 * `rows="..."`. A row (or a table) that no page shows is a warning, at the row's id.
 */
export function checkUnshownRows(
  tables: readonly Located<Comparison>[],
  pages: readonly { body: string }[],
): Problem[] {
  const shownRows = new Map<string, Set<string> | 'all'>();
  for (const page of pages) {
    for (const use of findComponentUses(page.body, ['ComparisonTable'])) {
      const id = attributeValue(use, 'id');
      if (!id) continue;
      const rows = attributeValue(use, 'rows');
      const isAll = use.attributes.every((a) => a.name !== 'rows');
      const current = shownRows.get(id);
      if (isAll || current === 'all') shownRows.set(id, 'all');
      else shownRows.set(id, new Set([...(current ?? []), ...(rows ?? '').split(',').map((r) => r.trim())]));
    }
  }
  const problems: Problem[] = [];
  for (const table of tables) {
    const shown = shownRows.get(table.value.id);
    if (shown === 'all') continue;
    if (!shown) {
      problems.push(
        problem(
          table.file,
          table.at(['id']),
          `No page shows the table "${table.value.id}"; embed it with <ComparisonTable id="${table.value.id}" /> in a page.`,
          'warning',
        ),
      );
      continue;
    }
    table.value.rows.forEach((row, r) => {
      if (shown.has(row.id)) return;
      problems.push(
        problem(
          table.file,
          table.at(['rows', r, 'id']),
          `No page shows the row "${row.id}": every page embedding "${table.value.id}" picks rows with rows="..."; add "${row.id}" to one of those lists, or embed the table without rows.`,
          'warning',
        ),
      );
    });
  }
  return problems;
}
