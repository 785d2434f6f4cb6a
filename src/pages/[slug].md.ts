import type { APIRoute, GetStaticPaths } from 'astro';
import { getTopics, type Topic } from '../collections/topics.ts';
import { getDataSet } from '../collections/data.ts';
import { getDiagramTexts } from '../collections/diagrams.ts';
import { pageCitations } from '../model/citations.ts';
import { topicMarkdown } from '../model/markdown-export.ts';
import { topicPath } from '../model/routes.ts';

/** `/<topic>.md` (and `/index.md` for the home page): each topic page as Markdown. */
export const getStaticPaths = (async () =>
  (await getTopics()).map((topic) => ({ params: { slug: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { topic } = props as { topic: Topic };
  const data = await getDataSet();
  const diagrams = await getDiagramTexts();
  const siteUrl = new URL(import.meta.env.BASE_URL, site).href;
  const body = topic.body ?? '';
  const markdown = topicMarkdown(
    {
      title: topic.data.title,
      description: topic.data.description,
      updated: topic.data.updated,
      url: new URL(topicPath(topic.id).slice(1), siteUrl).href,
      body,
    },
    {
      data,
      citations: pageCitations(body, data),
      siteUrl,
      diagram: (id) => diagrams.get(id),
    },
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
