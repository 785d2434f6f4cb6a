import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, projectRoot } from '../../support/paths.ts';

/**
 * `npm run build` on a fixture project, as a contributor would meet it: its status and its output
 * and error streams merged in the order they were written, as a terminal shows them.
 */
function build(fixture: string, outDir?: string) {
  const command = `"$NODE" scripts/build.ts --root "$FIXTURE" --config ../../../astro.config.mjs 2>&1`;
  const result = spawnSync('sh', ['-c', command], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE: process.execPath,
      FIXTURE: fixturePath(fixture),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...(outDir ? { OUT_DIR: outDir } : {}),
    },
  });
  return { status: result.status, output: result.stdout };
}

const astroOutput = /\[(build|content|types|vite)\]/;
const stackTrace = /unhandled error|\n\s+at .+:\d+:\d+\)?\n/i;

describe('npm run build validates content alongside Astro and reports content errors alone', () => {
  it('stops on a content error with the located problem, and none of Astro’s output', { timeout: 60_000 }, () => {
    const { status, output } = build('data-unknown-cite');
    expect(status).toBe(1);
    expect(output).toContain('Content validation failed:');
    expect(output).toContain(
      'content/topics/index.mdx:9:92 error: No source has the id "kvm-merg"; did you mean "kvm-merge"?',
    );
    expect(output).not.toMatch(astroOutput);
    expect(output).not.toMatch(stackTrace);
  });

  it('reports an MDX mistake Astro would crash on as one located error, without the crash', { timeout: 60_000 }, () => {
    const { status, output } = build('mistake-unclosed-cite');
    expect(status).toBe(1);
    expect(output).toMatch(/content\/topics\/[\w-]+\.mdx:\d+:\d+ error: /);
    expect(output.match(/ error: /g)).toHaveLength(1);
    expect(output).not.toMatch(astroOutput);
    expect(output).not.toMatch(stackTrace);
  });

  it('lists warnings before any of Astro’s output, then lets the build run to the end', { timeout: 120_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'build-warnings-'));
    try {
      const { status, output } = build('data-uncited-source', out);
      expect(status).toBe(0);
      const warning = output.indexOf('warning: Source "lonely" is not cited anywhere');
      expect(warning).toBeGreaterThanOrEqual(0);
      expect(output.search(astroOutput)).toBeGreaterThan(warning);
      expect(output).toMatch(/\[build\] Complete!/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
