import type { Comparison } from '../schemas/comparison.ts';
import type { Source } from '../schemas/source.ts';
import { technologyKinds, type Technology } from '../schemas/technology.ts';
import { numberCitations, type PageCitations } from './citations.ts';
import { findComponentUses } from '../problems/mdx-components.ts';
import { splitMdx } from '../problems/mdx-source.ts';
import { selectMeasurements } from './measurements.ts';
import { topicPath } from './routes.ts';
import type { DataSet } from '../collections/dataset.ts';
import { sourceKindLabels, technologyKindLabels } from './labels.ts';
import type { CitingPage, CitingTopic } from './where-cited.ts';

/** Derived views of the data for the generated pages (/references/, /technologies/ ...). */

/** The bibliography grouped by kind (in the order of `sourceKindLabels`), each group sorted by title. */
export function sourcesByKind(sources: Iterable<Source>): { kind: Source['kind']; label: string; sources: Source[] }[] {
  const all = [...sources];
  return (Object.keys(sourceKindLabels) as Source['kind'][])
    .map((kind) => ({
      kind,
      label: sourceKindLabels[kind],
      sources: all.filter((s) => s.kind === kind).sort((a, b) => a.title.localeCompare(b.title, 'en')),
    }))
    .filter((group) => group.sources.length > 0);
}

/** The catalog grouped by kind (in the order the schema declares kinds), each group sorted by name. */
export function technologiesByKind(technologies: Iterable<Technology>) {
  const all = [...technologies];
  return technologyKinds
    .map((kind) => ({
      kind,
      ...technologyKindLabels[kind],
      technologies: all.filter((t) => t.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }))
    .filter((group) => group.technologies.length > 0);
}

/** Citations of a technology page: its own sources (cited after the summary), then its measurements' sources. */
export function technologyCitations(technology: Technology, data: Pick<DataSet, 'measurements'>): PageCitations {
  const measured = selectMeasurements(data.measurements, { technology: technology.id }).map((m) => m.source);
  return numberCitations([...technology.sources, ...measured]);
}

/** Which comparison tables each topic page embeds: read once per build, then asked per technology. */
const embedsByTopics = new WeakMap<readonly CitingTopic[], { page: CitingPage; tableIds: Set<string | undefined> }[]>();

function tableEmbeds(topics: readonly CitingTopic[]) {
  let embeds = embedsByTopics.get(topics);
  if (!embeds) {
    embeds = topics.map((topic) => ({
      page: { label: topic.title, path: topicPath(topic.id) },
      tableIds: new Set(
        findComponentUses(splitMdx(topic.body).body, ['ComparisonTable']).map(
          (use) => use.attributes.find((a) => a.name === 'id')?.value,
        ),
      ),
    }));
    embedsByTopics.set(topics, embeds);
  }
  return embeds;
}

/**
 * The comparison tables that have a column for the technology, each with the topic pages that show it.
 * The pages are scanned once for the whole catalog (per `topics` array), not once per technology.
 */
export function tablesWithTechnology(
  technologyId: string,
  data: Pick<DataSet, 'comparisons'>,
  topics: readonly CitingTopic[],
): { table: Comparison; pages: CitingPage[] }[] {
  const embeds = tableEmbeds(topics);
  return [...data.comparisons.values()]
    .filter((table) => table.columns.some((column) => column.technology === technologyId))
    .map((table) => ({ table, pages: embeds.filter((e) => e.tableIds.has(table.id)).map((e) => e.page) }));
}

/** A meta description from a summary: the summary itself when short enough, else cut at a word before 160 characters. */
export function metaDescription(summary: string): string {
  return summary.length <= 160 ? summary : `${summary.slice(0, 157).replace(/\s+\S*$/, '')}...`;
}
