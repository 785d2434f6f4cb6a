import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/model/atom.ts';
import { numberCitations } from '../../../src/model/citations.ts';
import { topicMarkdown } from '../../../src/model/markdown-export.ts';
import { dataSet } from '../support/sample-data.ts';

describe('pages as Markdown', () => {
  const data = dataSet();
  const body = [
    'A claim<Cite id="s2" /> and another<Cite id="s1" loc="section 2" />. A <Term id="ns">namespace</Term>; see [Containers](/containers/).',
    '',
    '```mdx',
    '<Cite id="s1" />',
    '```',
    '',
    '<TaskLinks />',
  ].join('\n');
  const md = topicMarkdown(
    { title: 'T', description: 'D.', url: 'https://x.org/guide/t/', updated: new Date('2026-11-22T00:00:00Z'), body },
    { data, citations: numberCitations(['s2', 's1']), siteUrl: 'https://x.org/guide/', diagram: () => undefined },
  );

  it('numbers citations like the page, keeps term text and makes links absolute', () => {
    expect(md).toContain(
      'A claim[1] and another[2, section 2]. A namespace; see [Containers](https://x.org/guide/containers/).',
    );
    expect(md).toContain(
      '## References\n\n1. Title of s2. Example Press. <https://example.org/s2>\n2. Title of s1. Example Press. <https://example.org/s1>',
    );
    expect(md.startsWith('# T\n\n> D.\n\nLast updated 2026-11-22. Online: <https://x.org/guide/t/>')).toBe(true);
  });

  it('leaves code examples alone and drops navigation-only components', () => {
    expect(md).toContain('```mdx\n<Cite id="s1" />\n```');
    expect(md).not.toContain('TaskLinks');
  });
});

describe('the Atom feed', () => {
  it('lists pages newest first with escaped text', () => {
    const xml = atomFeed({
      title: 'Guide',
      url: 'https://x.org/',
      feedUrl: 'https://x.org/feed.xml',
      entries: [
        { title: 'Old', url: 'https://x.org/old/', updated: new Date('2025-01-01'), summary: 'a < b' },
        { title: 'New & shiny', url: 'https://x.org/new/', updated: new Date('2026-02-03'), summary: 'S' },
      ],
    });
    expect(xml.indexOf('New &amp; shiny')).toBeLessThan(xml.indexOf('Old'));
    expect(xml).toContain('<summary>a &lt; b</summary>');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>Guide</title>');
    expect(xml).toContain('  <updated>2026-02-03T00:00:00Z</updated>\n  <author>');
  });
});
