import type { APIRoute } from 'astro';
import { getDataSet } from '../collections/data.ts';
import { sourcePreview } from '../model/previews.ts';

/** `/glossary.md`: every term and its definition, with its sources. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getDataSet();
  const root = new URL(import.meta.env.BASE_URL, site).href;
  const entries = [...data.glossary.values()].sort((a, b) => a.term.localeCompare(b.term, 'en'));
  const lines = ['# Glossary', '', `Online: <${root}glossary/>`, ''];
  for (const e of entries) {
    const sources = e.sources
      .map((id) => data.sources.get(id))
      .filter((s) => s !== undefined)
      .map((s) => `${sourcePreview(s)} <${s.url}>`);
    lines.push(
      `## ${e.term}`,
      '',
      e.definition.replace(/\s+/g, ' ').trim(),
      '',
      ...sources.map((s) => `- Source: ${s}`),
      '',
    );
  }
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
