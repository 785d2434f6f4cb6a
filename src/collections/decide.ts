import { getCollection } from 'astro:content';
import type { DecisionGuide } from '../schemas/decision.ts';
import type { Pair, Profile } from '../schemas/profile.ts';

/** The guide, profiles and pairs from the content collections (validated before any page renders). */
export async function getDecideData(): Promise<{
  guides: Map<string, DecisionGuide>;
  profiles: Map<string, Profile>;
  pairs: Pair[];
}> {
  const [decisions, profiles, pairs] = await Promise.all([
    getCollection('decisions'),
    getCollection('profiles'),
    getCollection('pairs'),
  ]);
  return {
    guides: new Map(decisions.map((e) => [e.data.id, e.data])),
    profiles: new Map(profiles.map((e) => [e.data.id, e.data])),
    pairs: pairs.map((e) => e.data),
  };
}
