import { z } from 'astro/zod';
import { dataId, pastDate, pastYear, text, webUrl } from './data-fields.ts';

/** What kind of publication a source is; `/references/` groups the bibliography by it. */
export const sourceKinds = ['docs', 'paper', 'spec', 'man-page', 'standard', 'article', 'book', 'source-code', 'issue', 'talk'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * One entry of the bibliography (`content/data/sources/*.yaml`, a list per file).
 * Pages cite it with `<Cite id>`; tables, measurements, glossary entries and technologies list its id.
 */
export const sourceSchema = z
  .strictObject({
    /** How everything else refers to the source; unique across all source files. Required. */
    id: dataId.describe('How pages and data cite this source, e.g. <Cite id="..." />. Unique across all source files.'),
    /** Title as the source itself gives it. Required. */
    title: text(300).describe('Title as the source gives it.'),
    /** Organisation or site that published it. Optional, but `publisher` or `authors` must be given. */
    publisher: text(150).optional().describe('Publisher or site (give publisher, authors, or both).'),
    /** People who wrote it, in the order the source lists them. Optional (see `publisher`). */
    authors: z.array(text(120)).min(1).optional().describe('Authors in the order the source lists them.'),
    /** Publication date, YYYY-MM-DD. Optional; give `year` instead when only the year is known. */
    date: pastDate('write the publication date as YYYY-MM-DD').optional().describe('Publication date, YYYY-MM-DD (or give year).'),
    /** Publication year, when the exact date is unknown. Optional; not together with `date`. */
    year: pastYear.optional().describe('Publication year when the exact date is unknown.'),
    /** Where to read it: an absolute http(s) URL. Required. */
    url: webUrl.describe('Absolute http(s) URL where the source can be read.'),
    /** When someone last opened the URL and checked the claim it supports, YYYY-MM-DD; not in the future. Required. */
    accessed: pastDate('write the day you last checked the source (YYYY-MM-DD)').describe('When the URL and the claim were last checked, YYYY-MM-DD.'),
    /**
     * What exactly was read on `accessed`: a commit, a release or version, or the document's own date
     * (e.g. "kubernetes/website@3f2a9c1, content/en/docs/concepts/workloads/pods/user-namespaces.md" or
     * "v1.14.1 release notes" or "page dated 2025-01-23"). Optional while older entries are being re-read.
     */
    revision: text(200).optional().describe('What was read on the accessed date: a commit, release, version or the document\'s own date.'),
    /** Kind of publication, one of `sourceKinds`. Required. */
    kind: z.enum(sourceKinds).describe('Kind of publication.'),
    /** A remark for readers, such as where the text was read from. Optional. */
    note: text(300).optional().describe('A remark for readers, e.g. where the text was read.'),
  })
  .superRefine((source, ctx) => {
    if (source.publisher === undefined && source.authors === undefined) {
      ctx.addIssue({ code: 'custom', path: ['publisher'], message: 'is required when `authors` is missing; name the publisher, the authors, or both', input: undefined });
    }
    if (source.date !== undefined && source.year !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'repeats `date`; keep only `date`', input: source.year });
    }
  });

/** A source file holds a list of sources. */
export const sourcesFileSchema = z.array(sourceSchema);

export type Source = z.infer<typeof sourceSchema>;
