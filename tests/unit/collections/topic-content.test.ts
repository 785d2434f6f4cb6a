import { describe, expect, it } from 'vitest';
import { renderTopic, type ContentComponents } from '../../../src/collections/topic-content.ts';

interface VNode {
  type: unknown;
  props: { children?: unknown; [key: string]: unknown };
}

/** Every JSX node of the rendered body, depth first. */
function nodes(value: unknown): VNode[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!value || typeof value !== 'object' || !('props' in value)) return [];
  const node = value as VNode;
  return [node, ...nodes(node.props.children)];
}

const H2 = () => 'h2';
const Img = () => 'img';
const Table = () => 'table';
const Cite = () => 'cite';
const components: ContentComponents = { h2: H2, img: Img, table: Table, Cite };

async function body(mdx: string, file = 'content/topics/page.mdx') {
  const topic = await renderTopic(mdx, { file, frontmatter: { title: 'A page' }, components });
  return { ...topic, tree: nodes(topic.Content()) };
}

describe('a topic body compiled while the page renders', () => {
  it("gives headings the ids and texts of Astro's MDX pipeline, numbering repeated ones", async () => {
    const { headings, tree } = await body('## Kata & gVisor\n\n### In `runc`\n\n## Kata & gVisor\n');
    expect(headings).toEqual([
      { depth: 2, slug: 'kata--gvisor', text: 'Kata & gVisor' },
      { depth: 3, slug: 'in-runc', text: 'In runc' },
      { depth: 2, slug: 'kata--gvisor-1', text: 'Kata & gVisor' },
    ]);
    expect(tree.filter((n) => n.type === H2).map((n) => n.props['id'])).toEqual(['kata--gvisor', 'kata--gvisor-1']);
  });

  it('renders overridden elements and components through them, and the rest as ready-made HTML', async () => {
    const { tree } = await body(
      'Some "quoted" text -- with a claim.<Cite id="src" />\n\n| Runtime | Kernel |\n|---|---|\n| runc | shared |\n\n- one\n- two\n',
    );
    expect(tree.find((n) => n.type === Cite)?.props).toEqual({ id: 'src' });
    expect(tree.some((n) => n.type === Table)).toBe(true);
    // GFM tables and smart punctuation, as @astrojs/mdx compiles them by default.
    const html = tree
      .map((n) => n.props.children)
      .filter((c): c is string => typeof c === 'string' || c instanceof String);
    expect(html.join('')).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(tree.find((n) => n.type === 'p')?.props.children).toContain('Some “quoted” text – with a claim.');
  });

  it('finds an image next to the page by its project path, and leaves other addresses as written', async () => {
    const { tree } = await body(
      '![a](./figure.png) ![b](../shared/plan%20b.svg) ![c](/favicon.svg) ![d](https://example.com/x.png)\n',
      'content/topics/runtimes/page.mdx',
    );
    expect(tree.filter((n) => n.type === Img).map((n) => n.props['src'])).toEqual([
      '/content/topics/runtimes/figure.png',
      '/content/topics/shared/plan b.svg',
      '/favicon.svg',
      'https://example.com/x.png',
    ]);
  });

  it('reports a syntax error at its line and column in the file, with what to change', async () => {
    await expect(body('\n\n\nFine.\n\nUnder <5 ms.\n', 'content/topics/latency.mdx')).rejects.toMatchObject({
      message: expect.stringMatching(
        /^content\/topics\/latency\.mdx:6:7 error: MDX cannot read this: .*; MDX reads "<" as the start of a tag; finish the tag, or write &lt; for a less-than sign\.$/,
      ),
      loc: { file: 'content/topics/latency.mdx', line: 6, column: 7 },
    });
  });

  it('is marked for the MDX renderer, as a compiled .mdx module is', async () => {
    const { Content } = await body('Text.\n');
    expect(Object.getOwnPropertySymbols(Content).map((s) => [s.description, (Content as never)[s]])).toEqual([
      ['mdx-component', true],
      ['astro.needsHeadRendering', true],
      ['astro:renderer', 'astro:jsx'],
    ]);
  });
});
