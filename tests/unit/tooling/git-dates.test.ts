import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGitLog, readGitDates } from '../../../src/tooling/git-dates.ts';
import { commit, git } from '../../support/git-repo.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dates read from git history', () => {
  it('takes the newest commit date of each file from one git log', () => {
    expect(
      parseGitLog(
        '@2026-11-20\n\ncontent/topics/a.mdx\ncontent/topics/b.mdx\n@2026-10-01\n\ncontent/topics/a.mdx\ncontent/topics/c.mdx\n',
      ),
    ).toEqual(
      new Map([
        ['content/topics/a.mdx', '2026-11-20'],
        ['content/topics/b.mdx', '2026-11-20'],
        ['content/topics/c.mdx', '2026-10-01'],
      ]),
    );
  });

  it('reads the dates of a real repository, relative to a project inside it', () => {
    git(dir, ['init', '-q']);
    commit(dir, 'site/content/topics/a.mdx', 'one', '2026-01-05');
    commit(dir, 'site/content/topics/b.mdx', 'two', '2026-02-07');
    commit(dir, 'site/content/topics/a.mdx', 'three', '2026-03-09');
    expect(readGitDates(join(dir, 'site'), 'content/topics')).toEqual(
      new Map([
        ['content/topics/a.mdx', '2026-03-09'],
        ['content/topics/b.mdx', '2026-02-07'],
      ]),
    );
  });

  it('gives no dates (so pages use their frontmatter) in a shallow clone or outside a repository', () => {
    const origin = join(dir, 'origin');
    mkdirSync(origin);
    git(origin, ['init', '-q']);
    commit(origin, 'content/topics/a.mdx', 'one', '2026-01-05');
    commit(origin, 'content/topics/b.mdx', 'two', '2026-02-07');
    git(dir, ['clone', '-q', '--depth', '1', `file://${origin}`, 'shallow']);
    expect(readGitDates(join(dir, 'shallow'), 'content/topics')).toEqual(new Map());
    const plain = join(dir, 'tarball');
    mkdirSync(join(plain, 'content/topics'), { recursive: true });
    expect(readGitDates(plain, 'content/topics')).toEqual(new Map());
  });
});
