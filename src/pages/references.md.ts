import type { APIRoute } from 'astro';
import { getDataSet } from '../collections/data.ts';
import { sourcesByKind } from '../model/catalog.ts';
import { sourcePreview } from '../model/previews.ts';

/** `/references.md`: every source the guide cites, by kind, with the date it was last checked. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getDataSet();
  const root = new URL(import.meta.env.BASE_URL, site).href;
  const lines = ['# References', '', `Online: <${root}references/>`, ''];
  for (const group of sourcesByKind(data.sources.values())) {
    lines.push(
      `## ${group.label}`,
      '',
      ...group.sources.map((s) => `- ${sourcePreview(s)} <${s.url}> Checked ${s.accessed}.`),
      '',
    );
  }
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
