import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../../src/model/table-html.ts';

const mdx =
  '\n<thead>\n<tr>\n<th>Characteristic</th>\n<th>Type 1 &amp; "bare"</th>\n<th align="right">Type 2</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Runs on</td>\n<td>The <strong>hardware</strong></td>\n<td align="right">A host OS</td>\n</tr>\n</tbody>\n';

describe('Markdown tables in the responsive table pattern', () => {
  it('names the columns, makes the first cell the row header and labels the other cells', () => {
    const { html, headers } = markdownTable(mdx);
    expect(headers).toEqual(['Characteristic', 'Type 1 & "bare"', 'Type 2']);
    expect(html).toContain('<th scope="col" role="columnheader" align="right">Type 2</th>');
    expect(html).toContain('<th scope="row" role="rowheader">Runs on</th>');
    expect(html).toContain(
      '<td role="cell" data-label="Type 1 &amp; &quot;bare&quot;">The <strong>hardware</strong></td>',
    );
    expect(html).toContain('<td role="cell" data-label="Type 2" align="right">A host OS</td>');
    expect(html.match(/<tr role="row">/g)).toHaveLength(2);
    expect(html).not.toContain('<td>');
  });
});
