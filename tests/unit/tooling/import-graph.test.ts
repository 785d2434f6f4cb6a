import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/paths.ts';

/** Every folder of src/ that holds code, with the folders its files import from (itself excluded). */
function folderGraph(): Map<string, Set<string>> {
  const src = join(projectRoot, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro|mjs|js)$/.test(f));
  const graph = new Map<string, Set<string>>();
  // A file directly in src/ (site.config.ts, content.config.ts) is a node of its own.
  const nodeOf = (file: string) => (dirname(file) === '.' ? file : dirname(file)).replaceAll('\\', '/');
  for (const file of files) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(join(src, file), 'utf8').matchAll(
      /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g,
    )) {
      const target = relative(src, normalize(join(src, dirname(file), spec!)));
      if (target.startsWith('..')) continue;
      const to = nodeOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The folders on some import cycle, one list per cycle (Tarjan's strongly connected components). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('imports between the folders of src/', () => {
  it('form no cycle (see README "Layout" for the direction data flows)', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(15);
    expect(cycles(graph)).toEqual([]);
  });

  it('are found, so a cycle would be reported', () => {
    const graph = folderGraph();
    expect([...(graph.get('model') ?? [])]).toContain('collections');
    expect(cycles(new Map([...graph, ['collections', new Set([...graph.get('collections')!, 'model'])]]))).toEqual([
      expect.arrayContaining(['collections', 'model']),
    ]);
  });
});
