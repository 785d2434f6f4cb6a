import type { z } from 'astro/zod';
import { comparisonSchema, type Comparison } from '../schemas/comparison.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { measurementSchema, type Measurement } from '../schemas/measurement.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';
import { technologySchema, type Technology } from '../schemas/technology.ts';

/**
 * The five kinds of typed data under `content/data/`: where their files live, whether a file holds
 * one entry or a list, the schema of one entry and the JSON Schema file editors use.
 */
export interface DataKind<T> {
  /** Collection name. */
  name: string;
  /** A folder of files, or one file, relative to the project root. */
  location: { dir: string } | { file: string };
  /** `list`: each file holds a YAML list of entries; `single`: each file is one entry named after the file. */
  layout: 'list' | 'single';
  /** Schema of one entry. */
  schema: z.ZodType<T>;
  /** File in `schemas/` holding the JSON Schema of a whole file of this kind. */
  jsonSchemaFile: string;
  /** What one entry is called in messages ("source"), and several. */
  noun: string;
  plural: string;
}

export const sourcesKind: DataKind<Source> = {
  name: 'sources',
  location: { dir: 'content/data/sources' },
  layout: 'list',
  schema: sourceSchema,
  jsonSchemaFile: 'sources.schema.json',
  noun: 'source',
  plural: 'sources',
};

export const technologiesKind: DataKind<Technology> = {
  name: 'technologies',
  location: { dir: 'content/data/technologies' },
  layout: 'single',
  schema: technologySchema,
  jsonSchemaFile: 'technology.schema.json',
  noun: 'technology',
  plural: 'technologies',
};

export const comparisonsKind: DataKind<Comparison> = {
  name: 'comparisons',
  location: { dir: 'content/data/comparisons' },
  layout: 'single',
  schema: comparisonSchema,
  jsonSchemaFile: 'comparison.schema.json',
  noun: 'comparison table',
  plural: 'comparison tables',
};

export const measurementsKind: DataKind<Measurement> = {
  name: 'measurements',
  location: { dir: 'content/data/measurements' },
  layout: 'list',
  schema: measurementSchema,
  jsonSchemaFile: 'measurements.schema.json',
  noun: 'measurement',
  plural: 'measurements',
};

export const glossaryKind: DataKind<GlossaryEntry> = {
  name: 'glossary',
  location: { file: 'content/data/glossary.yaml' },
  layout: 'list',
  schema: glossaryEntrySchema,
  jsonSchemaFile: 'glossary.schema.json',
  noun: 'glossary entry',
  plural: 'glossary entries',
};

export const dataKinds = [sourcesKind, technologiesKind, comparisonsKind, measurementsKind, glossaryKind] as const;
