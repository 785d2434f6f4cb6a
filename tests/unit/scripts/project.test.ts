import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { astroBuild, gzipSize, projectRoot } from '../../../scripts/lib/project.ts';

describe('project helpers shared by scripts and tests', () => {
  it('finds the repository root from any working directory', () => {
    expect(existsSync(join(projectRoot, 'astro.config.mjs'))).toBe(true);
  });

  it('launches the build as npm run build does (validation alongside Astro, which indexes for search) on the running Node with telemetry off', () => {
    const build = astroBuild({ args: ['--silent'], env: { OUT_DIR: 'dist-x' } });
    expect(build.command).toBe(process.execPath);
    expect(build.args).toEqual([join(projectRoot, 'scripts/build.ts'), '--silent']);
    expect(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts.build).toBe(
      'node scripts/build.ts',
    );
    expect(build.options.cwd).toBe(projectRoot);
    expect(build.options.env).toMatchObject({ ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: 'dist-x' });
  });

  it('measures gzip at level 9, and never more than the raw size', () => {
    const text = 'container '.repeat(500);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    expect(gzipSize('ab')).toBe(2);
    expect(gzipSize('')).toBe(0);
  });
});
