import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite, projectRoot } from './support/build.ts';

/** Path -> sha256 of every file in a build. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).sort();
  const out: Record<string, string> = {};
  for (const file of files) {
    try {
      out[file] = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex');
    } catch {
      // a directory
    }
  }
  return out;
}

describe('builds', () => {
  afterAll(() => rmSync(join(projectRoot, 'dist-test-repeat'), { recursive: true, force: true }));

  it('are reproducible: a second clean build is byte-identical', () => {
    buildSite('dist-test-repeat', '/');
    const first = fingerprint(inject('siteDir'));
    const second = fingerprint(join(projectRoot, 'dist-test-repeat'));
    const differing = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f]);
    expect(Object.keys(first).length).toBeGreaterThan(5);
    expect(differing).toEqual([]);
  }, 180_000);
});
