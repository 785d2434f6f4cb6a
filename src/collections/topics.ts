/**
 * The one place pages read content collections. Drafts are kept out of production builds.
 * Pages call these and pass the results to components; they do not query collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Topic = CollectionEntry<'topics'>;

export async function getTopics(): Promise<Topic[]> {
  return getCollection('topics', (entry) => import.meta.env.DEV || !entry.data.draft);
}
