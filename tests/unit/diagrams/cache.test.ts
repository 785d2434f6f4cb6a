import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cacheFile,
  cacheKey,
  isRendered,
  mermaidVersion,
  missingRenders,
  readRendered,
  rendererVersion,
  renderJobs,
  renderText,
  staleCacheFiles,
} from '../../../src/diagrams/cache.ts';
import { classDefs } from '../../../src/diagrams/palette.ts';
import type { DiagramSpec } from '../../../src/diagrams/source.ts';

const source = 'flowchart TB\n  a["A"] --> b["B"]\n';
const spec = (id: string, text = source): DiagramSpec => ({
  id,
  file: `content/diagrams/${id}.mmd`,
  line: 5,
  title: 'T',
  description: 'D',
  source: text,
});

describe('the cache key', () => {
  const key = cacheKey(source, 'light');

  it('is stable for the same inputs', () => {
    expect(cacheKey(source, 'light')).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{20}$/);
  });

  it('changes with the source, the theme, the Mermaid version and the renderer version', () => {
    const versions = { mermaid: mermaidVersion, renderer: rendererVersion };
    expect(cacheKey(source, 'light', versions)).toBe(key);
    expect(cacheKey(`${source}  b --> c\n`, 'light')).not.toBe(key);
    expect(cacheKey(source, 'dark')).not.toBe(key);
    expect(cacheKey(source, 'light', { ...versions, mermaid: '12.3.1' })).not.toBe(key);
    expect(cacheKey(source, 'light', { ...versions, renderer: rendererVersion + 1 })).not.toBe(key);
  });

  it('ignores the title, description and caption, which pages add without a browser', () => {
    const a = renderJobs([spec('one')]).map((j) => j.key);
    const b = renderJobs([{ ...spec('one'), title: 'Other', description: 'Other', caption: 'Other' }]).map(
      (j) => j.key,
    );
    expect(b).toEqual(a);
  });

  it('is shared by two diagrams with the same source: one render serves both', () => {
    expect(renderJobs([spec('one'), spec('two')])).toHaveLength(2);
  });
});

describe('what Mermaid is given', () => {
  it("is the source plus the theme's shared classes for diagram types that have classDef", () => {
    expect(renderText(source, 'dark')).toBe(`${source}${classDefs('dark')}\n`);
    expect(renderText('%% a comment\nblock-beta\n  a\n', 'light')).toContain('classDef hardware ');
  });

  it('is the source alone for other diagram types', () => {
    const pie = 'pie\n  "a" : 1\n';
    expect(renderText(pie, 'light')).toBe(pie);
  });

  it('has different colours in the two themes', () => {
    expect(classDefs('light')).not.toBe(classDefs('dark'));
    expect(classDefs('light')).toMatch(
      /^classDef boundary stroke:#[0-9a-f]{6},stroke-width:3px,stroke-dasharray:8 4$/m,
    );
  });
});

describe('cache bookkeeping', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const fresh = () => (root = mkdtempSync(join(tmpdir(), 'diagram-cache-')));
  const store = (key: string, svg = '<svg/>') => {
    mkdirSync(join(root, 'content/diagrams/.rendered'), { recursive: true });
    writeFileSync(join(root, cacheFile(key)), svg);
  };

  it('lists every theme of a diagram as missing until its SVG exists', () => {
    fresh();
    expect(missingRenders(root, [spec('one')]).map((j) => j.theme)).toEqual(['light', 'dark']);
    store(cacheKey(source, 'light'), '<svg id="light"/>');
    expect(missingRenders(root, [spec('one')]).map((j) => j.theme)).toEqual(['dark']);
    expect(isRendered(root, spec('one'))).toBe(false);
    store(cacheKey(source, 'dark'));
    expect(isRendered(root, spec('one'))).toBe(true);
    expect(readRendered(root, source, 'light')).toBe('<svg id="light"/>');
  });

  it('calls a file stale once no diagram has its key', () => {
    fresh();
    store(cacheKey(source, 'light'));
    store(cacheKey(source, 'dark'));
    store('0123456789abcdef0123');
    expect(staleCacheFiles(root, [spec('one')])).toEqual(['content/diagrams/.rendered/0123456789abcdef0123.svg']);
    expect(staleCacheFiles(root, [spec('one', 'flowchart LR\n  a --> b\n')])).toHaveLength(3);
  });
});
