import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPart, prepareForIndex } from '../../../../src/model/search/index-html.ts';

/** Index one page with Pagefind's Node API and return the text it stored for that page. */
async function indexedText(html: string): Promise<string> {
  return (await indexedFragment(html)).content;
}

/** Index one page and return the fragment Pagefind stored for it: its text and its anchors. */
async function indexedFragment(html: string): Promise<{ content: string; anchors: { element: string; id: string }[] }> {
  const { index } = await pagefind.createIndex({});
  await index!.addHTMLFile({ url: '/page/', content: html });
  const out = mkdtempSync(join(tmpdir(), 'pagefind-'));
  await index!.writeFiles({ outputPath: out });
  const [file] = readdirSync(join(out, 'fragment'));
  const json = gunzipSync(readFileSync(join(out, 'fragment', file!))).toString('utf8');
  return JSON.parse(json.slice(json.indexOf('{'))) as { content: string; anchors: { element: string; id: string }[] };
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><body><nav>Menu</nav><article data-pagefind-body>${body}</article></body></html>`;
const table =
  '<table><caption>Who does what</caption><thead><tr><th>Step</th><th>Who</th></tr></thead>' +
  '<tbody><tr><th>Pull the image</th><td>The engine</td></tr></tbody></table>' +
  '<figure><svg><text>ignored</text></svg><figcaption>Type 1 hypervisor on bare metal</figcaption></figure><p>After.</p>';

describe('what the search index sees of a page', () => {
  afterAll(() => pagefind.close());

  it('runs header cells and captions together when given the page as built (the problem)', async () => {
    expect(await indexedText(page(table))).toContain('Who does whatStepWho');
  });

  it('separates every cell, caption and figure caption into its own sentence once prepared', async () => {
    const text = await indexedText(prepareForIndex(page(table)));
    expect(text).toContain('Who does what. Step. Who. Pull the image. The engine.');
    expect(text).toContain('Type 1 hypervisor on bare metal. After.');
    expect(text).not.toContain('ignored');
    expect(text).not.toContain('Menu');
  });

  it('renames only the listed elements, keeping their attributes', () => {
    expect(prepareForIndex('<TH scope="col" class="a">x</TH>')).toBe('<td scope="col" class="a">x</td>');
    expect(prepareForIndex('<dl><dt>Term</dt><dd>Meaning</dd></dl>')).toBe('<dl><p>Term</p><p>Meaning</p></dl>');
    const untouched = '<thead><tr><td>x</td></tr></thead><details><p>y</p></details><precise>z</precise>';
    expect(prepareForIndex(untouched)).toBe(untouched);
  });
});

describe('which element ids reach the search index', () => {
  const body =
    '<h2 id="kinds" class="x">Kinds</h2><p id="intro">Intro text.</p><ul><li id="firecracker-spec" data-note="a>b">Spec</li></ul>' +
    '<svg id="d1"><g id="node-1"></g></svg><dl><dt id="namespace" data-pagefind-weight="10">Namespace</dt><dd>Scope.</dd></dl>' +
    '<h3 id=plain>Plain</h3><div id="card" data-pagefind-title>Card</div>';

  it('keeps ids on headings and on elements marked as sub-result titles, and drops all others', () => {
    expect(prepareForIndex(body)).toBe(
      '<h2 id="kinds" class="x">Kinds</h2><p>Intro text.</p><ul><li data-note="a>b">Spec</li></ul>' +
        '<svg><g></g></svg><dl><p data-pagefind-weight="10">Namespace</p><p>Scope.</p></dl>' +
        '<h3 id=plain>Plain</h3><div id="card" data-pagefind-title>Card</div>',
    );
  });

  it('leaves Pagefind only the heading anchors, with the text unchanged', async () => {
    const before = await indexedFragment(page(body));
    const after = await indexedFragment(prepareForIndex(page(body)));
    expect(before.anchors.map((a) => a.id)).toEqual(expect.arrayContaining(['intro', 'firecracker-spec', 'namespace']));
    expect(after.anchors.map((a) => a.id).sort()).toEqual(['card', 'kinds', 'plain']);
    expect(after.content).toContain('Intro text.');
    expect(after.content).toContain('Spec');
  });
});

describe('the part of a page handed to the search index', () => {
  const page = (chrome: string, body: string) =>
    `<!doctype html><html lang="en"><head><title>T</title></head><body class="x"><header>Site</header>${chrome}<main><article class="content" data-pagefind-body><h1>Title</h1>${body}</article></main><footer data-pagefind-ignore>Foot</footer></body></html>`;

  it('keeps the document head and everything from the indexed element on, without the chrome before it', () => {
    const html = page('<nav data-pagefind-ignore><a href="/a/">A</a></nav>', '<p>Text.</p>');
    expect(indexedPart(html)).toBe(
      '<!doctype html><html lang="en"><head><title>T</title></head><body class="x"><article class="content" data-pagefind-body><h1>Title</h1><p>Text.</p></article></main><footer data-pagefind-ignore>Foot</footer></body></html>',
    );
  });

  it('gives nothing for a page without an indexed element, which Pagefind would leave out', () => {
    expect(indexedPart('<html><body><main><p>Not found</p></main></body></html>')).toBeUndefined();
    expect(
      indexedPart('<html><body><p>data-pagefind-body in text is not an element</p></body></html>'),
    ).toBeUndefined();
  });
});
