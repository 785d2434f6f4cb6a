/**
 * Pages as Markdown, for readers who take a page elsewhere (a chat assistant, notes, a terminal):
 * `/<page>.md` beside every page, listed in `/llms.txt`. The MDX body is kept as written, with the
 * site's components turned into plain Markdown: citations become numbered markers with a reference
 * list, glossary terms their text, diagrams their title and text description, data tables Markdown
 * tables, and root-relative links absolute URLs.
 */
import type { DataSet } from '../collections/dataset.ts';
import type { PageCitations } from './citations.ts';
import { buildComparisonTable, parseRowList } from './comparison-table.ts';
import { formatMeasurementValue, metricLabel, selectMeasurements } from './measurements.ts';
import { sourcePreview } from './previews.ts';
import type { Metric } from '../schemas/measurement.ts';

export interface MarkdownContext {
  data: Pick<DataSet, 'sources' | 'comparisons' | 'technologies' | 'measurements' | 'glossary'>;
  citations: PageCitations;
  /** Absolute URL of the site root with the base path, ending in `/`. */
  siteUrl: string;
  /** Title and text description of a diagram file, by id. */
  diagram: (id: string) => { title: string; description: string } | undefined;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

function table(header: string[], rows: string[][]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

/** Convert the site's components and links in Markdown text outside code fences. */
function convertProse(text: string, ctx: MarkdownContext, marker: (ids: string[], loc?: string) => string): string {
  return text
    .replace(/<Cite\b[^>]*\/>/g, (tag) => marker([attr(tag, 'id') ?? ''], attr(tag, 'loc')))
    .replace(/<Term\b([^>]*)>([\s\S]*?)<\/Term>/g, (_, __, inner: string) => inner)
    .replace(/<Term\b[^>]*\/>/g, (tag) => ctx.data.glossary.get(attr(tag, 'id') ?? '')?.term ?? attr(tag, 'id') ?? '')
    .replace(/<Diagram\b[^>]*\/>/g, (tag) => {
      const d = ctx.diagram(attr(tag, 'id') ?? '');
      return d ? `*Figure: ${d.title}.* ${d.description.replace(/\s+/g, ' ').trim()}` : '';
    })
    .replace(/<ComparisonTable\b[^>]*\/>/g, (tag) => {
      const comparison = ctx.data.comparisons.get(attr(tag, 'id') ?? '');
      if (!comparison) return '';
      const model = buildComparisonTable(comparison, ctx.data.technologies, parseRowList(attr(tag, 'rows')));
      const rows = model.rows.map((r) => [
        r.label,
        ...r.cells.map((c) => `${c.summary ?? 'No data yet.'}${marker(c.sources)}`),
      ]);
      return `**${model.title}.** ${model.caption}\n\n${table(['Characteristic', ...model.columns.map((c) => c.label)], rows)}`;
    })
    .replace(/<Measurements\b[^>]*\/>/g, (tag) => {
      const rows = selectMeasurements([...ctx.data.measurements], {
        technology: attr(tag, 'technology'),
        metric: attr(tag, 'metric') as Metric | undefined,
      });
      return table(
        ['Measurement', 'Technology', 'Value', 'Conditions', 'Source'],
        rows.map((m) => [
          `${metricLabel(m.metric)}: ${m.what}`,
          ctx.data.technologies.get(m.technology)?.name ?? m.technology,
          formatMeasurementValue(m),
          `${m.conditions.setup}; ${m.conditions.year}`,
          marker([m.source]),
        ]),
      );
    })
    .replace(/<TaskLinks\b[^>]*\/>\n?/g, '')
    .replace(/\]\(\/([^)]*)\)/g, (_, path: string) => `](${ctx.siteUrl}${path})`);
}

/** A topic page as Markdown: title, description, the body, and its numbered references. */
export function topicMarkdown(
  page: { title: string; description: string; url: string; updated?: Date | undefined; body: string },
  ctx: MarkdownContext,
): string {
  const numbers = new Map(ctx.citations.order.map((id, i) => [id, i + 1]));
  const marker = (ids: string[], loc?: string) => {
    const n = ids
      .map((id) => numbers.get(id))
      .filter((x): x is number => x !== undefined)
      .sort((a, b) => a - b);
    return n.length ? `[${n.join(', ')}${loc ? `, ${loc}` : ''}]` : '';
  };
  // Code fences are copied untouched: an example of `<Cite />` inside one stays an example.
  const body = page.body
    .split(/(^```[\s\S]*?^```)/m)
    .map((part, i) => (i % 2 === 1 ? part : convertProse(part, ctx, marker)))
    .join('')
    .trim();
  const references = ctx.citations.order
    .map((id, i) => {
      const source = ctx.data.sources.get(id);
      return source ? `${i + 1}. ${sourcePreview(source)} <${source.url}>` : undefined;
    })
    .filter(Boolean);
  const updated = page.updated ? `Last updated ${page.updated.toISOString().slice(0, 10)}. ` : '';
  return (
    [
      `# ${page.title}`,
      `> ${page.description}`,
      `${updated}Online: <${page.url}>`,
      body,
      ...(references.length ? [`## References\n\n${references.join('\n')}`] : []),
    ].join('\n\n') + '\n'
  );
}
