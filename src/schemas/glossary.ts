import { z } from 'astro/zod';
import { dataId, text } from './data-fields.ts';

/**
 * A term and its definition (`content/data/glossary.yaml`, one list). Each gets an anchor on
 * `/glossary/`, and pages link to it with `<Term id>`.
 */
export const glossaryEntrySchema = z.strictObject({
  /** Anchor on /glossary/ and the id for `<Term id>`; unique. Required. */
  id: dataId.describe('Anchor on /glossary/ and the id for <Term id="...">.'),
  /** The term as it appears in text ("Namespace"). Required. */
  term: text(80).describe('The term as written in text.'),
  /** One or two sentences a newcomer understands. Required. */
  definition: text(600).describe('One or two sentences a newcomer understands.'),
  /** Ids of related glossary entries. Default: none. */
  seeAlso: z.array(dataId).default([]).describe('Ids of related glossary entries. Default: none.'),
  /** Ids of the sources that support the definition. Required, at least one. */
  sources: z.array(dataId).min(1).describe('Source ids supporting the definition.'),
});

export const glossaryFileSchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
