import { defineCollection } from 'astro:content';
import { topicSchema } from './schemas/topic.ts';
import {
  comparisonsKind,
  decisionsKind,
  glossaryKind,
  measurementsKind,
  pairsKind,
  profilesKind,
  sourcesKind,
  technologiesKind,
} from './collections/kinds.ts';
import { dataLoader } from './collections/loader.ts';
import { topicLoader } from './collections/topic-loader.ts';
import { diagramLoader } from './collections/diagram-loader.ts';

/** Topic pages: one MDX file per page under `content/topics/`. The file name is the URL slug. */
const topics = defineCollection({
  loader: topicLoader(),
  schema: topicSchema,
});

/** Typed data under `content/data/` (formats in content/data/README.md). */
const sources = defineCollection({ loader: dataLoader(sourcesKind), schema: sourcesKind.schema });
const technologies = defineCollection({ loader: dataLoader(technologiesKind), schema: technologiesKind.schema });
const comparisons = defineCollection({ loader: dataLoader(comparisonsKind), schema: comparisonsKind.schema });
const measurements = defineCollection({ loader: dataLoader(measurementsKind), schema: measurementsKind.schema });
const glossary = defineCollection({ loader: dataLoader(glossaryKind), schema: glossaryKind.schema });

/** The decision guide, technology profiles and comparison pairs behind /decide/ and /compare/. */
const decisions = defineCollection({ loader: dataLoader(decisionsKind), schema: decisionsKind.schema });
const profiles = defineCollection({ loader: dataLoader(profilesKind), schema: profilesKind.schema });
const pairs = defineCollection({ loader: dataLoader(pairsKind), schema: pairsKind.schema });

/** Every diagram with its rendered SVGs: content/diagrams/ and the technologies' stacks (src/collections/diagrams.ts). */
const diagrams = defineCollection({ loader: diagramLoader() });

export const collections = {
  topics,
  sources,
  technologies,
  comparisons,
  measurements,
  glossary,
  diagrams,
  decisions,
  profiles,
  pairs,
};
