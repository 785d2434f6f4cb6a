import { describe, expect, it } from 'vitest';
import { readRenderedSvgs } from '../../../src/diagrams/cache.ts';
import { collectDiagrams } from '../../../src/diagrams/collect.ts';
import { diagramFigure, stackFigure } from '../../../src/diagrams/embed.ts';
import { diagramFile } from '../../../src/diagrams/source.ts';
import {
  cleanSvg,
  embedSvg,
  idPlaceholder,
  prefixIds,
  removeUnusedMarkers,
  viewBoxSize,
} from '../../../src/diagrams/svg.ts';
import { projectRoot } from '../../support/paths.ts';

const root = projectRoot;

/** A small SVG shaped like Mermaid's output: most ids carry the render id, edge ids do not. */
const mermaidLike = [
  `<svg id="${idPlaceholder}" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 200px;" viewBox="-5 -8 210.4 99.5" role="graphics-document document" aria-roledescription="flowchart-v2">`,
  `<style>#${idPlaceholder}{fill:#333;}#${idPlaceholder} .node rect{fill:#eee;}#L_a_b_0{stroke:red;}</style>`,
  `<marker id="${idPlaceholder}_flowchart-v2-pointEnd"><path d="M0 0"/></marker>`,
  `<marker id="${idPlaceholder}_flowchart-v2-crossEnd"><path d="M0 0"/></marker>`,
  `<linearGradient id="grad"><stop offset="0"/></linearGradient>`,
  `<path id="L_a_b_0" data-points="W3sieCI6MX1d" style="" marker-end="url(#${idPlaceholder}_flowchart-v2-pointEnd)" fill="url(#grad)"/>`,
  `<use href="#L_a_b_0"/><g id="${idPlaceholder}-flowchart-a-0" data-look="classic"><text>A</text></g>`,
  '</svg>',
].join('');

/** Every id attribute in a piece of HTML. */
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
/** Every `url(#id)` and `href="#id"` reference in a piece of HTML. */
const references = (html: string) => [...html.matchAll(/(?:url\(#|href="#)([^)"]+)/g)].map((m) => m[1]!);

describe('id prefixing', () => {
  it('gives ids Mermaid left bare the render id as prefix, and updates every reference to them', () => {
    const out = prefixIds(mermaidLike);
    expect(ids(out).every((id) => id.startsWith(idPlaceholder))).toBe(true);
    expect(out).toContain(`id="${idPlaceholder}-L_a_b_0"`);
    expect(out).toContain(`fill="url(#${idPlaceholder}-grad)"`);
    expect(out).toContain(`href="#${idPlaceholder}-L_a_b_0"`);
    expect(out).toContain(`#${idPlaceholder}-L_a_b_0{stroke:red;}`);
    expect(references(out).every((ref) => ids(out).includes(ref))).toBe(true);
  });

  it('drops arrowhead markers nothing points at, and Mermaid data attributes', () => {
    const out = cleanSvg(mermaidLike);
    expect(out).toContain('flowchart-v2-pointEnd');
    expect(out).not.toContain('flowchart-v2-crossEnd');
    expect(out).not.toMatch(/data-|aria-roledescription|style=""/);
    expect(removeUnusedMarkers(`<svg><marker id="m"></marker><path marker-end="url(#m)"/></svg>`)).toContain(
      '<marker id="m">',
    );
  });

  it('leaves the root with only its namespace, id and viewBox; the page sets size and role', () => {
    expect(cleanSvg(mermaidLike)).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" id="${idPlaceholder}" viewBox="-5 -8 210.4 99.5">`),
    );
  });
});

describe('embedding an SVG in a page', () => {
  const embedded = embedSvg(cleanSvg(mermaidLike), {
    prefix: 'dgm-demo-light',
    title: 'A & B',
    description: 'A points at "B".',
    className: 'diagram-svg diagram-light',
  });

  it('swaps the placeholder for the page prefix everywhere', () => {
    expect(embedded).not.toContain(idPlaceholder);
    expect(ids(embedded).every((id) => id.startsWith('dgm-demo-light'))).toBe(true);
    expect(embedded).toContain('#dgm-demo-light .node rect');
  });

  it('names the SVG from its own <title> and <desc>, escaped', () => {
    expect(embedded).toMatch(/^<svg [^>]*role="img" aria-labelledby="dgm-demo-light-title dgm-demo-light-desc">/);
    expect(embedded).toContain(
      '<title id="dgm-demo-light-title">A &amp; B</title><desc id="dgm-demo-light-desc">A points at &quot;B&quot;.</desc>',
    );
  });

  it('sets width and height from the viewBox, rounded up, so the page reserves the space', () => {
    expect(viewBoxSize(embedded)).toEqual({ width: 211, height: 100 });
    expect(embedded).toMatch(/^<svg [^>]*width="211" height="100"/);
  });

  it('refuses a prefix that is not a valid id start', () => {
    expect(() =>
      embedSvg(cleanSvg(mermaidLike), { prefix: '1-light', title: 't', description: 'd', className: 'c' }),
    ).toThrow(/must start with a letter/);
  });
});

describe('several diagrams on one page', () => {
  const { specs, stacks } = collectDiagrams(root);
  const figure = (id: string) => {
    const spec = specs.find((s) => s.file === diagramFile(id))!;
    return diagramFigure(spec, readRenderedSvgs(root, spec.source), `dgm-${id}`);
  };
  const page = [
    ...figure('type-1-hypervisor').svgs,
    ...figure('type-2-hypervisor').svgs,
    ...figure('kubernetes-orchestration').svgs,
    ...stacks.flatMap(
      (s) => stackFigure(s, readRenderedSvgs(root, specs.find((spec) => spec.id === `stack-${s.id}`)!.source)).svgs,
    ),
  ]
    .map((svg) => svg.markup)
    .join('\n');

  it('have no duplicate ids, across diagrams and across the light and dark copy of each', () => {
    const all = ids(page);
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('only reference ids that exist on the page', () => {
    const all = new Set(ids(page));
    expect(references(page).filter((ref) => !all.has(ref))).toEqual([]);
  });
});
