/**
 * The one way scripts and tests find the project and launch Astro. (Code under src/ gets the root
 * from Astro's `config.root` instead, since it runs from the build's own output.)
 */
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

/** The repository root: this file is scripts/lib/project.ts. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * How to start `astro build` in `root`: the project's own Astro on the running Node, telemetry off.
 * Callers choose how to run it (execFileSync, spawn) and how to treat its output.
 */
export function astroBuild(options: { root?: string; args?: string[]; env?: Record<string, string> } = {}) {
  const root = options.root ?? projectRoot;
  return {
    command: process.execPath,
    args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.args ?? [])],
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
