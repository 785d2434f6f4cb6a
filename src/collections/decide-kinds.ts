import { decisionGuideSchema, type DecisionGuide } from '../schemas/decision.ts';
import { pairSchema, profileSchema, type Pair, type Profile } from '../schemas/profile.ts';
import type { Problem } from '../problems/problems.ts';
import type { DataKind } from './kinds.ts';
import { loadKind } from './load-data.ts';
import type { Located } from '../problems/located.ts';

/**
 * The data behind the decision guide (/decide/) and the compare tool (/compare/): three more kinds
 * of typed data under `content/data/`, read and checked like the others.
 */
export const decisionsKind: DataKind<DecisionGuide> = {
  name: 'decisions',
  location: { dir: 'content/data/decisions' },
  layout: 'single',
  schema: decisionGuideSchema,
  jsonSchemaFile: 'decision.schema.json',
  noun: 'decision guide',
  plural: 'decision guides',
};

export const profilesKind: DataKind<Profile> = {
  name: 'profiles',
  location: { dir: 'content/data/profiles' },
  layout: 'single',
  schema: profileSchema,
  jsonSchemaFile: 'profile.schema.json',
  noun: 'technology profile',
  plural: 'technology profiles',
};

export const pairsKind: DataKind<Pair> = {
  name: 'pairs',
  location: { file: 'content/data/pairs.yaml' },
  layout: 'list',
  schema: pairSchema,
  jsonSchemaFile: 'pairs.schema.json',
  noun: 'comparison pair',
  plural: 'comparison pairs',
};

export const decideKinds = [decisionsKind, profilesKind, pairsKind] as const;

export interface DecideData {
  decisions: Located<DecisionGuide>[];
  profiles: Located<Profile>[];
  pairs: Located<Pair>[];
}

/** Load and schema-check the guide, profile and pair files. */
export function loadDecideData(root: string): { data: DecideData; problems: Problem[] } {
  const decisions = loadKind(root, decisionsKind);
  const profiles = loadKind(root, profilesKind);
  const pairs = loadKind(root, pairsKind);
  return {
    data: { decisions: decisions.entries, profiles: profiles.entries, pairs: pairs.entries },
    problems: [...decisions.problems, ...profiles.problems, ...pairs.problems],
  };
}
