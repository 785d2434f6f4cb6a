/**
 * The one place pages read content collections. Drafts are kept out of production builds.
 * Pages call these and pass the results to components; they do not query collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { NavTopic } from './navigation.ts';

export type Topic = CollectionEntry<'topics'>;

export async function getTopics(): Promise<Topic[]> {
  return getCollection('topics', (entry) => import.meta.env.DEV || !entry.data.draft);
}

export function toNavTopic(topic: Topic): NavTopic {
  const { title, section, order, sidebarLabel } = topic.data;
  return { id: topic.id, title, section, order, sidebarLabel };
}

export async function getNavTopics(): Promise<NavTopic[]> {
  return (await getTopics()).map(toNavTopic);
}
