import { describe, expect, it } from 'vitest';
import { inlineScripts, inlineStyles, withoutSvg } from '../../../../scripts/bench/inline-assets.ts';
import { diagramCount, pickPages } from '../../../../scripts/bench/pick-pages.ts';
import { fileOfPath, pathOfFile } from '../../../../scripts/bench/html-files.ts';

describe('inline code in a page', () => {
  it('counts inline scripts that run, not script files or JSON data blocks', () => {
    const html =
      '<script>a()</script><script src="/x.js"></script><script type="module">b()</script><script type="application/ld+json">{}</script><script> </script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('counts page styles but not the styles inside inline SVG diagrams', () => {
    const html = '<style>body{}</style><svg><style>.node{}</style><svg><style>.inner{}</style></svg></svg><p>after</p>';
    expect(withoutSvg(html)).toBe('<style>body{}</style><p>after</p>');
    expect(inlineStyles(html)).toEqual(['body{}']);
  });
});

describe('built file paths', () => {
  it('map between files and URL paths', () => {
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('containers/index.html')).toBe('/containers/');
    expect(pathOfFile('404.html')).toBe('/404.html');
    expect(fileOfPath('/d', '/containers/')).toBe('/d/containers/index.html');
  });
});

describe('picking a page for each page type', () => {
  const page = (path: string, html = '<p>text</p>') => ({ path, html });
  const diagram = '<figure class="diagram"><svg aria-roledescription="flowchart-v2"></svg></figure>';

  it('prefers the named pages and finds diagrams, tables and technologies in the HTML', () => {
    const { picked, missing } = pickPages([
      page('/'),
      page('/a-topic/', '<table></table>'),
      page('/containers/'),
      page('/hypervisors/', diagram),
      page('/compare-isolation-security/', '<table></table>'),
      page('/many-tables/', '<table></table><table></table><table></table>'),
      page('/technologies/'),
      page('/technologies/kvm/', diagram),
      page('/technologies/firecracker/'),
      page('/search/'),
    ]);
    expect(picked.map((p) => [p.kind, p.path])).toEqual([
      ['home', '/'],
      ['topic', '/containers/'],
      ['topic with diagrams', '/hypervisors/'],
      ['comparison', '/compare-isolation-security/'],
      ['technology', '/technologies/firecracker/'],
      ['search', '/search/'],
    ]);
    expect(missing).toEqual([]);
  });

  it('falls back to the page with the most tables and a plain topic, and names what is missing', () => {
    const { picked, missing } = pickPages([
      page('/'),
      page('/containers/', '<table>'),
      page('/all-topics/', '<table><table>'),
      page('/b/', '<table><table>'),
    ]);
    expect(picked.find((p) => p.kind === 'comparison')).toEqual({
      kind: 'comparison',
      path: '/b/',
      note: '2 tables, the most of any topic page',
    });
    expect(picked.find((p) => p.kind === 'topic with diagrams')?.note).toBe(
      'no page has a diagram yet; a plain topic stands in',
    );
    expect(missing).toEqual(['technology: no /technologies/<id>/ page yet', 'search: no /search/ page yet']);
  });

  it('counts diagram figures or Mermaid SVGs, not header icons', () => {
    expect(diagramCount('<button><svg aria-hidden="true" viewBox="0 0 20 20"></svg></button>')).toBe(0);
    expect(diagramCount(diagram + diagram)).toBe(2);
    expect(diagramCount('<svg aria-roledescription="block"></svg>')).toBe(1);
  });
});
