/**
 * The one way scripts and tests find the project and launch Astro. (Code under src/ gets the root
 * from Astro's `config.root` instead, since it runs from the build's own output.)
 */
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

/** The repository root: this file is scripts/lib/project.ts. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * How to build the site in `root` as `npm run build` does: scripts/build.ts on the running Node, which
 * validates content alongside the project's own `astro build` (telemetry off), whose search-index
 * integration indexes pages as they are rendered. `args` go to `astro build`. Callers choose how to
 * run it (execFileSync, spawn) and how to treat its output.
 */
export function astroBuild(options: { root?: string; args?: string[]; env?: Record<string, string> } = {}) {
  const root = options.root ?? projectRoot;
  return {
    command: process.execPath,
    args: [join(root, 'scripts/build.ts'), ...(options.args ?? [])],
    options: { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env } },
  };
}

/**
 * Bytes after gzip at level 9, what a static host with compression sends; never more than the raw
 * size, since hosts send tiny files uncompressed. The one definition the bench and the tests use.
 */
export function gzipSize(content: Buffer | string): number {
  const raw = Buffer.byteLength(content);
  return raw === 0 ? 0 : Math.min(raw, gzipSync(content, { level: 9 }).length);
}
