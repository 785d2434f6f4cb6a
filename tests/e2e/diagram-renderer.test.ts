import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir, missingRenders } from '../../src/diagrams/cache.ts';
import { collectDiagrams } from '../../src/diagrams/collect.ts';
import { pruneStale, renderMissing } from '../../src/diagrams/render.ts';
import { idPlaceholder } from '../../src/diagrams/svg.ts';
import { formatProblem } from '../../src/problems/problems.ts';
import { chromiumPath } from '../../src/tooling/chromium.ts';

/** The renderer itself, in a real Chromium, on a scratch content tree. */
describe('the diagram renderer', () => {
  const root = mkdtempSync(join(tmpdir(), 'diagram-render-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    mkdirSync(join(root, 'content/diagrams'), { recursive: true });
    writeFileSync(join(root, 'content/diagrams', name), text);
  };
  write(
    'good.mmd',
    '---\ntitle: Good\ndescription: Two nodes joined by an arrow, drawn to test the renderer.\n---\nflowchart LR\n  a["A"] --> b["B"]\n  class a app\n',
  );
  write(
    'bad.mmd',
    '---\ntitle: Bad\ndescription: A flowchart with a stray bracket on its third line, to test error locations.\n---\nflowchart LR\n  a["A"] --> b["B"]\n  b --> c]\n',
  );
  mkdirSync(join(root, cacheDir), { recursive: true });
  writeFileSync(join(root, cacheDir, '00000000000000000000.svg'), '<svg/>');

  it('renders each good diagram once per theme, reports the bad one at its line in the file, and caches only the good', async () => {
    const { specs } = collectDiagrams(root);
    const report = await renderMissing(root, specs, chromiumPath());
    // Line 7 is `  b --> c]`; the stray bracket is at column 10. Same report as the Node-side syntax check.
    expect(report.problems.map(formatProblem)).toEqual([
      'content/diagrams/bad.mmd:7:10 error: Mermaid does not recognise the text here (Unrecognized text); check for an unclosed bracket or quote.',
    ]);
    expect(report.rendered.map((e) => `${e.job.spec.id}:${e.job.theme}`)).toEqual(['good:light', 'good:dark']);
    expect(missingRenders(root, specs).map((j) => j.spec.id)).toEqual(['bad', 'bad']);
    for (const entry of report.rendered) {
      expect(entry.bytes).toBeLessThan(entry.rawBytes);
      const svg = readFileSync(join(root, cacheDir, `${entry.job.key}.svg`), 'utf8');
      const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(2);
      expect(ids.filter((id) => !id.startsWith(idPlaceholder))).toEqual([]);
      expect(svg).not.toMatch(/<script|data-points|aria-roledescription/);
    }
  });

  it('deletes cache files no diagram uses', () => {
    const { specs } = collectDiagrams(root);
    expect(pruneStale(root, specs)).toEqual([`${cacheDir}/00000000000000000000.svg`]);
    expect(readdirSync(join(root, cacheDir))).toHaveLength(2);
  });
});
