/**
 * Run `npm run build` (scripts/build.ts: `astro build`, then the search index) in a project folder, or
 * another build command, and measure it: wall time, peak memory and CPU time of the
 * process tree, and the number of HTML pages written. The build runs on the same Node as the benchmark (Node 24
 * through `npm run bench`), exactly as `npm run build` would.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { astroBuild } from '../lib/project.ts';
import { htmlFiles } from './html-files.ts';
import { sampleTreeUsage } from './process-tree-usage.ts';
import type { BuildMeasurement } from './report-types.ts';

export interface BuildOptions {
  /** Project root holding astro.config.mjs and node_modules. */
  root: string;
  label: string;
  /** Extra environment, such as OUT_DIR. */
  env?: Record<string, string>;
  /** Script and arguments run with Node in `root` instead of the project's build (a peer's `astro build`). */
  command?: string[];
}

export async function measureBuild({ root, label, env = {}, command }: BuildOptions): Promise<BuildMeasurement> {
  const outDir = join(root, env.OUT_DIR ?? 'dist');
  const started = performance.now();
  const build = command ? { ...astroBuild({ root, env }), args: command } : astroBuild({ root, env });
  const child = spawn(build.command, build.args, { ...build.options, stdio: ['ignore', 'pipe', 'pipe'] });
  const usage = sampleTreeUsage(child.pid!);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  });
  const wallMs = performance.now() - started;
  const { peakRssBytes, cpuMs } = usage.stop();
  const ok = code === 0;
  return {
    label,
    ok,
    wallMs,
    peakRssBytes,
    cpuMs,
    htmlPages: ok ? htmlFiles(outDir).length : 0,
    error: ok ? undefined : output.trim().split('\n').slice(-15).join('\n'),
  };
}
