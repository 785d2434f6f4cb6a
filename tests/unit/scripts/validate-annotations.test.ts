import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, type Problem } from '../../../src/problems/problems.ts';
import { fixturePath, projectRoot } from '../../support/paths.ts';

const problem = (over: Partial<Problem>): Problem => ({
  file: 'content/topics/a.mdx',
  line: 1,
  column: 1,
  severity: 'error',
  message: 'Fix it.',
  ...over,
});

describe('pull-request annotations (npm run validate -- --format github)', () => {
  it('writes one workflow command per problem, sorted by place, with GitHub escaping', () => {
    const out = formatProblems(
      [
        problem({
          file: 'content/data/b,c:d.yaml',
          line: 3,
          column: 7,
          severity: 'warning',
          message: 'Half done: 50% \nsecond line',
        }),
        problem({ line: 13, column: 15, message: '<Citee> is not a component of this site; did you mean <Cite>?' }),
      ],
      'github',
    );
    expect(out.split('\n')).toEqual([
      '::warning file=content/data/b%2Cc%3Ad.yaml,line=3,col=7::Half done: 50%25 %0Asecond line',
      '::error file=content/topics/a.mdx,line=13,col=15::<Citee> is not a component of this site; did you mean <Cite>?',
    ]);
  });

  it('annotates the changed line from the command line and fails the step on errors', () => {
    const result = spawnSync(
      process.execPath,
      [
        join(projectRoot, 'scripts/validate.ts'),
        '--format',
        'github',
        '--root',
        fixturePath('mistake-unknown-component'),
      ],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout.trim()).toBe(
      '::error file=content/topics/index.mdx,line=19,col=22::<Citee> is not a component of this site; did you mean <Cite>?',
    );
  });
});
