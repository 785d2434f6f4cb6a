import type { ExternalLink } from './external-links.ts';
import type { LinkResult } from './check-url.ts';

/** Escape the characters that would break a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The broken links as Markdown for a GitHub issue body: a table of URL, what went wrong and where
 * the link is used, or one sentence when nothing is broken.
 */
export function brokenLinksMarkdown(
  links: readonly ExternalLink[],
  results: readonly LinkResult[],
  checkedOn: string,
): string {
  const broken = results.filter((r) => !r.ok);
  const header = `Checked ${links.length} external links on ${checkedOn}.`;
  if (broken.length === 0) return `${header} None is broken.\n`;
  const usedBy = new Map(links.map((l) => [l.url, l.usedBy]));
  const rows = broken.map(
    (r) =>
      `| <${cell(r.url)}> | ${cell(r.status !== undefined ? `HTTP ${r.status}` : (r.error ?? 'no response'))} | ${cell((usedBy.get(r.url) ?? []).join('; '))} |`,
  );
  return [
    `${header} ${broken.length} ${broken.length === 1 ? 'is' : 'are'} broken (status 400 or more, or no response):`,
    '',
    '| Link | Problem | Used by |',
    '|---|---|---|',
    ...rows,
    '',
    'Fix the URL in the source entry or page (or find where the document moved), then re-check the claim and update `accessed` and `revision`.',
    '',
  ].join('\n');
}
