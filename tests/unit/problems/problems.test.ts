import { describe, expect, it } from 'vitest';
import { formatProblems, summarize, type Problem } from '../../../src/problems/problems.ts';

const problems: Problem[] = [
  { file: 'content/b.yaml', line: 3, column: 1, message: 'Second: 100%, really', severity: 'warning' },
  { file: 'content/a.mdx', line: 9, column: 4, message: 'First', severity: 'error' },
];

describe('problem reports', () => {
  it('sort by file and position in text form', () => {
    expect(formatProblems(problems)).toBe(
      'content/a.mdx:9:4 error: First\ncontent/b.yaml:3:1 warning: Second: 100%, really',
    );
  });

  it('emit GitHub workflow annotations with escaped data', () => {
    expect(formatProblems(problems, 'github').split('\n')[1]).toBe(
      '::warning file=content/b.yaml,line=3,col=1::Second: 100%25, really',
    );
  });

  it('emit JSON that tools can parse', () => {
    expect(JSON.parse(formatProblems(problems, 'json'))[0]).toEqual(problems[1]);
  });

  it('count errors and warnings', () => {
    expect(summarize(problems)).toBe('1 error, 1 warning');
  });
});
