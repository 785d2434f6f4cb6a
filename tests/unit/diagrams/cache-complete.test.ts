import { describe, expect, it } from 'vitest';
import { missingRenders, staleCacheFiles } from '../../../src/diagrams/cache.ts';
import { collectDiagrams } from '../../../src/diagrams/collect.ts';
import { projectRoot } from '../../support/paths.ts';

/**
 * The render cache is committed so that builds need no browser. If this fails, run `npm run diagrams`
 * with Chromium available and commit content/diagrams/.rendered/.
 */
describe('the committed render cache', () => {
  const root = projectRoot;
  const { specs } = collectDiagrams(root);

  it('covers the diagrams the site needs', () => {
    const ids = specs.map((s) => s.id);
    for (const id of [
      'type-1-hypervisor',
      'type-2-hypervisor',
      'container-stack',
      'containers-in-vms',
      'deployment-evolution',
      'windows-isolation-modes',
      'kubernetes-orchestration',
      'isolation-spectrum',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('holds an SVG for every diagram in both themes (else run `npm run diagrams` and commit the result)', () => {
    expect(missingRenders(root, specs).map((job) => `${job.spec.file} (${job.spec.id}, ${job.theme})`)).toEqual([]);
  });

  it('holds no SVG that no diagram uses (`npm run diagrams` deletes them)', () => {
    expect(staleCacheFiles(root, specs)).toEqual([]);
  });
});
