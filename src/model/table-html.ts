/**
 * A Markdown table as MDX renders it, made into the same responsive table as the data tables:
 * column headers get `scope="col"`, the first cell of each body row becomes its row header, every
 * other cell carries its column's name in `data-label` (shown on phones, where rows become cards),
 * and the ARIA roles keep it a table for screen readers when CSS changes its display.
 */
export interface MarkdownTable {
  /** The inner HTML of the <table>, rewritten. */
  html: string;
  /** The column headers as text. */
  headers: string[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]!)
    .trim();
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function markdownTable(inner: string): MarkdownTable {
  const thead = inner.match(/<thead>[\s\S]*?<\/thead>/)?.[0] ?? '';
  const headers = [...thead.matchAll(/<th(?:\s[^>]*)?>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!));
  const head = thead
    .replace('<thead>', '<thead role="rowgroup">')
    .replace(/<tr>/g, '<tr role="row">')
    .replace(/<th(\s[^>]*)?>/g, (_, attrs = '') => `<th scope="col" role="columnheader"${attrs}>`);
  const body = (inner.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0] ?? '')
    .replace('<tbody>', '<tbody role="rowgroup">')
    .replace(/<tr>([\s\S]*?)<\/tr>/g, (_, row: string) => {
      let i = 0;
      const cells = row.replace(/<td(\s[^>]*)?>([\s\S]*?)<\/td>/g, (_m, attrs = '', content: string) => {
        const column = i++;
        if (column === 0) return `<th scope="row" role="rowheader"${attrs}>${content}</th>`;
        const label = headers[column];
        return `<td role="cell"${label ? ` data-label="${escapeAttr(label)}"` : ''}${attrs}>${content}</td>`;
      });
      return `<tr role="row">${cells}</tr>`;
    });
  const rest = inner.replace(/<thead>[\s\S]*?<\/thead>/, '').replace(/<tbody>[\s\S]*?<\/tbody>/, '');
  return { html: `${rest.trim()}${head}${body}`, headers: headers.filter(Boolean) };
}
