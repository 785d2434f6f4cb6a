import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitLastUpdated } from '../../../src/collections/last-updated.ts';
import { parseGitLog, readGitDates } from '../../../src/tooling/git-dates.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function git(cwd: string, args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
    ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}),
  };
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function commit(cwd: string, file: string, text: string, date: string) {
  mkdirSync(join(cwd, file, '..'), { recursive: true });
  writeFileSync(join(cwd, file), text);
  git(cwd, ['add', '.']);
  git(cwd, ['commit', '-q', '-m', `edit ${file}`], date);
}

describe('"last updated" from git history', () => {
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
});
