import type { APIRoute } from 'astro';
import { getTopics, type Topic } from '../collections/topics.ts';
import { allSections } from '../model/navigation.ts';
import { toNavTopic } from '../model/navigation.ts';
import { siteTagline, siteTitle } from '../site.config.ts';

/** `/llms.txt`: the guide's pages as Markdown files, by section, for tools that read a site as text. */
export const GET: APIRoute = async ({ site }) => {
  const topics = await getTopics();
  const byId = new Map<string, Topic>(topics.map((t) => [t.id, t]));
  const root = new URL(import.meta.env.BASE_URL, site).href;
  const lines = [
    `# ${siteTitle}`,
    '',
    `> ${siteTagline}: containers, virtual machines and the runtimes between them, with a source for every claim.`,
    '',
  ];
  for (const section of allSections(topics.map(toNavTopic))) {
    lines.push(`## ${section.label}`, '');
    for (const t of section.topics)
      lines.push(`- [${t.title}](${root}${t.id}.md): ${byId.get(t.id)!.data.description}`);
    lines.push('');
  }
  lines.push(
    '## Optional',
    '',
    `- [Glossary](${root}glossary/): every term, defined in a sentence or two`,
    `- [References](${root}references/): every source, with when it was checked`,
    `- [Changes](${root}feed.xml): an Atom feed of updated pages`,
    '',
  );
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
