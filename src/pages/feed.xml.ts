import type { APIRoute } from 'astro';
import { getTopics } from '../collections/topics.ts';
import { atomFeed } from '../model/atom.ts';
import { topicPath } from '../model/routes.ts';
import { siteTitle } from '../site.config.ts';

/** `/feed.xml`: an Atom feed of the guide's pages, newest `updated` date first. */
export const GET: APIRoute = async ({ site }) => {
  const root = new URL(import.meta.env.BASE_URL, site).href;
  const entries = (await getTopics()).map((t) => ({
    title: t.data.title,
    url: new URL(topicPath(t.id).slice(1), root).href,
    updated: t.data.updated,
    summary: t.data.description,
  }));
  const xml = atomFeed({ title: siteTitle, url: root, feedUrl: new URL('feed.xml', root).href, entries });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
