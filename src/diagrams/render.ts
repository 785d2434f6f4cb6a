/**
 * Filling the render cache: render every diagram and theme whose SVG is missing, in one browser page,
 * and remove cache files no diagram needs. Used by `npm run diagrams` and, when a browser is available,
 * by the build itself (src/integrations/render-diagrams.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Problem } from '../problems/problems.ts';
import { cacheFile, missingRenders, mermaidOptions, renderText, staleCacheFiles, type RenderJob } from './cache.ts';
import { openMermaidPage } from './browser.ts';
import { mermaidProblem } from './errors.ts';
import type { DiagramSpec } from './source.ts';
import { prepareForCache } from './optimize.ts';
import { idPlaceholder } from './svg.ts';

export interface RenderedEntry {
  job: RenderJob;
  /** Time Mermaid took in the page, and the time spent shrinking its output. */
  renderMs: number;
  minifyMs: number;
  /** Mermaid's SVG, and the stored SVG, in bytes, and the stored SVG gzipped. */
  rawBytes: number;
  bytes: number;
  gzipBytes: number;
}

export interface RenderReport {
  /** Browser launch plus loading Mermaid; 0 when nothing needed rendering. */
  startupMs: number;
  rendered: RenderedEntry[];
  problems: Problem[];
  /** Wall-clock time of the whole run, startup included (renders overlap when two pages work at once). */
  totalMs: number;
}

/**
 * Render what is missing from the cache, one diagram after another in a single page. While the
 * browser draws the next diagram, Node minifies and writes the previous one. Diagrams that fail are
 * reported as problems and not cached.
 */
export async function renderMissing(
  root: string,
  specs: readonly DiagramSpec[],
  chromiumPath: string,
): Promise<RenderReport> {
  const jobs = missingRenders(root, specs);
  if (jobs.length === 0) return { startupMs: 0, rendered: [], problems: [], totalMs: 0 };
  const started = performance.now();
  const page = await openMermaidPage(chromiumPath);
  const startupMs = performance.now() - started;
  const rendered: RenderedEntry[] = [];
  const problems: Problem[] = [];
  const failed = new Set<DiagramSpec>();
  const start = (job: RenderJob) => {
    const t0 = performance.now();
    return page
      .render(renderText(job.spec.source, job.theme), mermaidOptions(job.theme), idPlaceholder)
      .then((result) => ({ result, ms: performance.now() - t0 }));
  };
  let pending: ReturnType<typeof start> | undefined;
  try {
    pending = start(jobs[0]!);
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      const { result, ms } = await pending;
      if (i + 1 < jobs.length) pending = start(jobs[i + 1]!);
      if ('error' in result) {
        if (!failed.has(job.spec)) problems.push(mermaidProblem(job.spec, result.error));
        failed.add(job.spec);
        continue;
      }
      const t1 = performance.now();
      const svg = prepareForCache(result.svg);
      const minifyMs = performance.now() - t1;
      const file = join(root, cacheFile(job.key));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, svg);
      const rawBytes = Buffer.byteLength(result.svg);
      rendered.push({
        job,
        renderMs: ms,
        minifyMs,
        rawBytes,
        bytes: Buffer.byteLength(svg),
        gzipBytes: gzipSync(svg).length,
      });
    }
  } finally {
    // If anything above threw, a render may still be in flight; closing the page rejects it.
    pending?.catch(() => {});
    await page.close();
  }
  return { startupMs, rendered, problems, totalMs: performance.now() - started };
}

/** Delete cache files no current diagram needs; returns their project-relative paths. */
export function pruneStale(root: string, specs: readonly DiagramSpec[]): string[] {
  const stale = staleCacheFiles(root, specs);
  for (const file of stale) rmSync(join(root, file));
  return stale;
}
