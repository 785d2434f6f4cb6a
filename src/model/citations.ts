import { buildComparisonTable, parseRowList, tableCitations } from './comparison-table.ts';
import type { DataSet } from '../collections/dataset.ts';
import { attributeValue, findComponentUses, type ComponentUse } from '../problems/mdx-components.ts';
import { splitMdx } from '../problems/mdx-source.ts';
import { selectMeasurements } from './measurements.ts';
import { spectrumCitations } from './spectrum-chart.ts';

/**
 * Citation numbering for one page. Sources are numbered in the order the page first cites them,
 * derived from the MDX source (not from render order): `<Cite id>` cites one source, a
 * `<ComparisonTable>` cites its cells' sources row by row, and `<Measurements>` cites each row's source.
 */

/** Components whose output carries citation markers. */
export const citingComponents = ['Cite', 'ComparisonTable', 'Measurements', 'SpectrumChart'] as const;

type CitableData = Pick<DataSet, 'comparisons' | 'technologies' | 'measurements'>;

/** Every citation marker the components in `uses` render, as source ids in document order (with repeats). */
export function citationSequence(uses: readonly ComponentUse[], data: CitableData): string[] {
  return uses.flatMap((use) => {
    const id = attributeValue(use, 'id');
    if (use.name === 'Cite') return id ? [id] : [];
    if (use.name === 'ComparisonTable') {
      const comparison = id ? data.comparisons.get(id) : undefined;
      if (!comparison) return [];
      return tableCitations(
        buildComparisonTable(comparison, data.technologies, parseRowList(attributeValue(use, 'rows'))),
      );
    }
    if (use.name === 'SpectrumChart') return spectrumCitations(data);
    if (use.name === 'Measurements') {
      const filter = { technology: attributeValue(use, 'technology'), metric: attributeValue(use, 'metric') };
      return selectMeasurements(data.measurements, filter).map((m) => m.source);
    }
    return [];
  });
}

export interface PageCitations {
  /** Cited source ids in order of first citation: source `order[i]` has number i + 1. */
  order: string[];
  /** For each source, the anchor ids of its citation markers in document order (the back-link targets). */
  anchors: Map<string, string[]>;
}

/** Id of the reference list entry of a source on a page. */
export const referenceAnchor = (sourceId: string) => `ref-${sourceId}`;

/** Id of the k-th (1-based) citation marker of a source on a page. */
export const citationAnchor = (sourceId: string, k: number) => `cite-${sourceId}-${k}`;

/** Number the sources of a citation sequence and give each marker a unique anchor. */
export function numberCitations(sequence: readonly string[]): PageCitations {
  const anchors = new Map<string, string[]>();
  for (const id of sequence) {
    const list = anchors.get(id) ?? [];
    list.push(citationAnchor(id, list.length + 1));
    anchors.set(id, list);
  }
  return { order: [...anchors.keys()], anchors };
}

/** The citations of an MDX page body. Ids naming no source are left out (the validator reports them). */
export function pageCitations(mdxBody: string, data: CitableData & Pick<DataSet, 'sources'>): PageCitations {
  const uses = findComponentUses(splitMdx(mdxBody).body, citingComponents);
  return numberCitations(citationSequence(uses, data).filter((id) => data.sources.has(id)));
}

export interface CitationMarker {
  sourceId: string;
  number: number;
  /** Unique id of this marker on the page, the target of the reference's back-link. */
  anchor: string;
  /** Fragment of the reference entry. */
  href: string;
}

/**
 * Hands out the markers of a page as components render. The number of a source is fixed by the
 * page's source order; only which of several markers of one source gets which anchor follows
 * render order, and every anchor stays unique.
 */
export function citationMarkers(citations: PageCitations): (sourceId: string) => CitationMarker | undefined {
  const numbers = new Map(citations.order.map((id, i) => [id, i + 1]));
  const used = new Map<string, number>();
  return (sourceId) => {
    const number = numbers.get(sourceId);
    if (number === undefined) return undefined;
    const k = (used.get(sourceId) ?? 0) + 1;
    used.set(sourceId, k);
    return { sourceId, number, anchor: citationAnchor(sourceId, k), href: `#${referenceAnchor(sourceId)}` };
  };
}
