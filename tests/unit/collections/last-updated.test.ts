import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitLastUpdated } from '../../../src/collections/last-updated.ts';
import { commit, git } from '../../support/git-repo.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'last-updated-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('"last updated" of a page', () => {
  it('dates a page made from data by its file, or by the newest file in its folder', () => {
    git(dir, ['init', '-q']);
    commit(dir, 'content/data/technologies/kvm.yaml', 'one', '2026-01-05');
    commit(dir, 'content/data/technologies/xen.yaml', 'two', '2026-04-07');
    commit(dir, 'content/data/glossary.yaml', 'three', '2026-02-09');
    commit(dir, 'content/data/technologies/kvm.yaml', 'four', '2026-03-11');
    expect(gitLastUpdated('content/data/technologies/kvm.yaml', dir)).toEqual(new Date('2026-03-11T00:00:00Z'));
    expect(gitLastUpdated('content/data/technologies', dir)).toEqual(new Date('2026-04-07T00:00:00Z'));
    expect(gitLastUpdated('content/data/glossary.yaml', dir)).toEqual(new Date('2026-02-09T00:00:00Z'));
    expect(gitLastUpdated('content/data/sources', dir)).toBeUndefined();
  });

  it('is undefined outside a repository, so the page falls back to its frontmatter or shows no date', () => {
    expect(gitLastUpdated('content/topics/a.mdx', dir)).toBeUndefined();
  });
});
