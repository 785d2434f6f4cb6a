import { citationSequence, citingComponents } from './citations.ts';
import { findComponentUses } from '../problems/mdx-components.ts';
import { splitMdx } from '../problems/mdx-source.ts';
import { glossaryPath, technologyPath, topicPath } from './routes.ts';
import type { DataSet } from '../collections/dataset.ts';

/** A page of the site that cites a source. */
export interface CitingPage {
  label: string;
  /** Root-relative path (with a fragment for glossary entries). */
  path: string;
}

/** The fields of a topic page this needs: `body` is the MDX source (code in it is ignored). */
export interface CitingTopic {
  id: string;
  title: string;
  body: string;
}

/** A topic collection entry as a citing topic. */
export function toCitingTopic(topic: { id: string; data: { title: string }; body?: string | undefined }): CitingTopic {
  return { id: topic.id, title: topic.data.title, body: topic.body ?? '' };
}

/**
 * For every source, the pages that cite it: topic pages (through `<Cite>`, tables and measurement
 * tables on them), technology pages (their sources and measurements) and glossary entries.
 * Pages are listed once per source, topics first, each group in its input order.
 */
export function whereCited(data: DataSet, topics: readonly CitingTopic[]): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>();
  const add = (sourceId: string, page: CitingPage) => {
    const pages = index.get(sourceId) ?? [];
    if (!pages.some((p) => p.path === page.path)) pages.push(page);
    index.set(sourceId, pages);
  };
  for (const topic of topics) {
    const page = { label: topic.title, path: topicPath(topic.id) };
    for (const id of citationSequence(findComponentUses(splitMdx(topic.body).body, citingComponents), data))
      add(id, page);
  }
  for (const tech of data.technologies.values()) {
    const page = { label: tech.name, path: technologyPath(tech.id) };
    for (const id of tech.sources) add(id, page);
    for (const m of data.measurements) if (m.technology === tech.id) add(m.source, page);
  }
  for (const entry of data.glossary.values()) {
    for (const id of entry.sources) add(id, { label: `Glossary: ${entry.term}`, path: glossaryPath(entry.id) });
  }
  return index;
}
