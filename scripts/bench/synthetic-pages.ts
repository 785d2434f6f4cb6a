/**
 * Synthetic topic pages for the scale run: `count` pages spread over every section, with valid
 * frontmatter (title, description, section, order, updated, related), a few paragraphs, headings,
 * a Markdown table and links to other generated pages. When the project has a data layer, pages also
 * cite sources and embed comparison tables and diagrams, in proportions like the real site's.
 * Plus one nearly empty page: the HTML around the content, measured in a site of this size.
 */
import type { ProjectData } from './project-data.ts';
import type { DataReferenceCounts } from './report-types.ts';
import { description, heading, paragraph, pick, seededRandom, table, title, type Random } from './synthetic-text.ts';

export interface GeneratedPage {
  /** Page id: the file name without `.mdx` and the URL slug. */
  id: string;
  /** The whole MDX file. */
  text: string;
}

export interface GeneratorOptions {
  count: number;
  /** Section ids, in order (src/schemas/sections.ts). Pages go round-robin through them. */
  sectionIds: readonly string[];
  /** Ids the pages may reference; empty lists leave that kind of reference out. */
  data: ProjectData;
  /** Dates go back from here, so no page is updated in the future. */
  today: Date;
  seed?: number;
  /** Every n-th page embeds a comparison table / a diagram. */
  comparisonEvery?: number;
  diagramEvery?: number;
}

export const emptyPageId = 'synthetic-empty';
const dayMs = 86_400_000;

export function syntheticPageId(index: number, count: number): string {
  return `synthetic-${String(index + 1).padStart(Math.max(4, String(count).length), '0')}`;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function frontmatter(fields: {
  title: string;
  description: string;
  section: string;
  order: number;
  updated: string;
  related: string[];
}): string {
  const related = fields.related.length ? `related: [${fields.related.join(', ')}]\n` : '';
  return `---\ntitle: "${fields.title}"\ndescription: "${fields.description}"\nsection: ${fields.section}\norder: ${fields.order}\nupdated: ${fields.updated}\n${related}---\n`;
}

function cite(random: Random, data: ProjectData): string {
  return data.sourceIds.length ? ` <Cite id="${pick(random, data.sourceIds)}" />` : '';
}

function body(random: Random, index: number, options: Required<GeneratorOptions>, counts: DataReferenceCounts): string {
  const { count, data } = options;
  const other = (offset: number) => syntheticPageId((index + offset) % count, count);
  const withCite = (text: string) => {
    const marker = cite(random, data);
    if (marker) counts.cites++;
    return `${text}${marker}`;
  };
  const parts = [
    withCite(paragraph(random, 4)),
    `## ${heading(random)}`,
    paragraph(random, 3),
    `${paragraph(random, 2)} See also [the related page](/${other(1)}/) and [a neighbouring topic](/${other(7)}/).`,
    `### ${heading(random)}`,
    withCite(paragraph(random, 3)),
    `## ${heading(random)}`,
    table(random, 4),
    withCite(paragraph(random, 2)),
  ];
  if (data.comparisonIds.length && index % options.comparisonEvery === 0) {
    parts.push(`<ComparisonTable id="${pick(random, data.comparisonIds)}" />`);
    counts.comparisonTables++;
  }
  if (data.diagramIds.length && index % options.diagramEvery === 0) {
    parts.push(`<Diagram id="${pick(random, data.diagramIds)}" />`);
    counts.diagrams++;
  }
  parts.push(
    `## ${heading(random)}`,
    paragraph(random, 3),
    `${paragraph(random, 2)} Continue with [the next page](/${other(count - 1)}/).`,
  );
  return `${parts.join('\n\n')}\n`;
}

/** The pages, the nearly empty page last, and how many data references they make. */
export function generateSyntheticPages(input: GeneratorOptions): {
  pages: GeneratedPage[];
  references: DataReferenceCounts;
} {
  const options: Required<GeneratorOptions> = { seed: 1, comparisonEvery: 10, diagramEvery: 5, ...input };
  const { count, sectionIds, today } = options;
  const random = seededRandom(options.seed);
  const references: DataReferenceCounts = { cites: 0, comparisonTables: 0, diagrams: 0 };
  const pages: GeneratedPage[] = [];
  for (let i = 0; i < count; i++) {
    const section = sectionIds[i % sectionIds.length]!;
    const fields = {
      title: title(random, i + 1),
      description: description(random),
      section,
      order: Math.min(999, Math.floor(i / sectionIds.length)),
      updated: isoDay(new Date(today.getTime() - ((i * 7) % 720) * dayMs)),
      related:
        count > 2
          ? [syntheticPageId((i + 2) % count, count), syntheticPageId((i + 3) % count, count)].filter(
              (id) => id !== syntheticPageId(i, count),
            )
          : [],
    };
    pages.push({
      id: syntheticPageId(i, count),
      text: frontmatter(fields) + '\n' + body(random, i, options, references),
    });
  }
  pages.push({
    id: emptyPageId,
    text:
      frontmatter({
        title: 'Nearly empty page',
        description: 'A page with one sentence, to measure the HTML every page carries around its content.',
        section: sectionIds[0]!,
        order: 999,
        updated: isoDay(today),
        related: [],
      }) + '\nThis page is almost empty.\n',
  });
  return { pages, references };
}
