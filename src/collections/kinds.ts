import type { z } from 'astro/zod';
import { comparisonSchema, type Comparison } from '../schemas/comparison.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { measurementSchema, type Measurement } from '../schemas/measurement.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';
import { technologySchema, type Technology } from '../schemas/technology.ts';
import { decisionGuideSchema, type DecisionGuide } from '../schemas/decision.ts';
import { pairSchema, profileSchema, type Pair, type Profile } from '../schemas/profile.ts';

/**
 * The kinds of typed data under `content/data/`: where their files live, whether a file holds one
 * entry or a list, the schema of one entry, the JSON Schema file editors use and how the site looks
 * entries up. Loading (`loadData`), the validator's located data, the site's `DataSet` and the JSON
 * Schemas are all built from `kindsByName`: a new kind of data is one entry there, plus its schema,
 * its collection in src/content.config.ts and the checks that concern it.
 */
export interface DataKind<T, I extends 'id' | 'list' = 'id' | 'list'> {
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
  /** How the site's `DataSet` holds the entries: a map by id, or a list in file order. */
  index: I;
}

export const sourcesKind: DataKind<Source, 'id'> = {
  name: 'sources',
  location: { dir: 'content/data/sources' },
  layout: 'list',
  schema: sourceSchema,
  jsonSchemaFile: 'sources.schema.json',
  noun: 'source',
  plural: 'sources',
  index: 'id',
};

export const technologiesKind: DataKind<Technology, 'id'> = {
  name: 'technologies',
  location: { dir: 'content/data/technologies' },
  layout: 'single',
  schema: technologySchema,
  jsonSchemaFile: 'technology.schema.json',
  noun: 'technology',
  plural: 'technologies',
  index: 'id',
};

export const comparisonsKind: DataKind<Comparison, 'id'> = {
  name: 'comparisons',
  location: { dir: 'content/data/comparisons' },
  layout: 'single',
  schema: comparisonSchema,
  jsonSchemaFile: 'comparison.schema.json',
  noun: 'comparison table',
  plural: 'comparison tables',
  index: 'id',
};

export const measurementsKind: DataKind<Measurement, 'list'> = {
  name: 'measurements',
  location: { dir: 'content/data/measurements' },
  layout: 'list',
  schema: measurementSchema,
  jsonSchemaFile: 'measurements.schema.json',
  noun: 'measurement',
  plural: 'measurements',
  index: 'list',
};

export const glossaryKind: DataKind<GlossaryEntry, 'id'> = {
  name: 'glossary',
  location: { file: 'content/data/glossary.yaml' },
  layout: 'list',
  schema: glossaryEntrySchema,
  jsonSchemaFile: 'glossary.schema.json',
  noun: 'glossary entry',
  plural: 'glossary entries',
  index: 'id',
};

/** Decision guides behind /decide/: questions, recommendations and rules (one per file). */
export const decisionsKind: DataKind<DecisionGuide, 'id'> = {
  name: 'decisions',
  location: { dir: 'content/data/decisions' },
  layout: 'single',
  schema: decisionGuideSchema,
  jsonSchemaFile: 'decision.schema.json',
  noun: 'decision guide',
  plural: 'decision guides',
  index: 'id',
};

/** What the compare tool shows about a technology beyond its catalog entry (one per file, named after it). */
export const profilesKind: DataKind<Profile, 'id'> = {
  name: 'profiles',
  location: { dir: 'content/data/profiles' },
  layout: 'single',
  schema: profileSchema,
  jsonSchemaFile: 'profile.schema.json',
  noun: 'technology profile',
  plural: 'technology profiles',
  index: 'id',
};

/** Pairs of technologies with a page and a verdict at /compare/<id>/. */
export const pairsKind: DataKind<Pair, 'id'> = {
  name: 'pairs',
  location: { file: 'content/data/pairs.yaml' },
  layout: 'list',
  schema: pairSchema,
  jsonSchemaFile: 'pairs.schema.json',
  noun: 'comparison pair',
  plural: 'comparison pairs',
  index: 'id',
};

/** Every kind by its collection name, in the order they are loaded and reported. */
export const kindsByName = {
  sources: sourcesKind,
  technologies: technologiesKind,
  comparisons: comparisonsKind,
  measurements: measurementsKind,
  glossary: glossaryKind,
  decisions: decisionsKind,
  profiles: profilesKind,
  pairs: pairsKind,
} as const;

export type KindName = keyof typeof kindsByName;
/** The type of one entry of a kind. */
export type EntryOf<K extends KindName> = (typeof kindsByName)[K] extends DataKind<infer T, 'id' | 'list'> ? T : never;

export const kindNames = Object.keys(kindsByName) as KindName[];
export const dataKinds = Object.values(kindsByName);
