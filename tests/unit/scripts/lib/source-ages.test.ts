import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath, projectRoot } from '../../../support/paths.ts';
import { dataSetOf } from '../../../../src/collections/dataset.ts';
import { loadData } from '../../../../src/collections/load-data.ts';
import { formatSourceAges } from '../../../../scripts/lib/sources/format-source-ages.ts';
import { monthsBefore, monthsBetween, sourceAges } from '../../../../scripts/lib/sources/source-ages.ts';
import { readTopics } from '../../../../src/validation/topics.ts';

const root = fixturePath('sources-ages');
function ages(maxAgeMonths: number) {
  const { data } = loadData(root);
  const topics = readTopics(root).topics.map((t) => ({ id: t.id, title: t.frontmatter?.title ?? t.id, body: t.body }));
  return sourceAges(data.sources, dataSetOf(data), topics, { today: '2026-11-30', maxAgeMonths });
}

describe('npm run sources: the age of each source check', () => {
  it('counts whole calendar months and steps back to the last day of shorter months', () => {
    expect(monthsBetween('2025-11-30', '2026-11-30')).toBe(12);
    expect(monthsBetween('2025-12-01', '2026-11-30')).toBe(11);
    expect(monthsBefore('2026-11-30', 12)).toBe('2025-11-30');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });

  it('lists every source oldest first and flags those checked more than the limit ago', () => {
    const result = ages(12);
    expect(result.map((a) => [a.id, a.ageMonths, a.stale])).toEqual([
      ['ancient', 92, true],
      ['year-old', 18, true],
      ['just-a-year', 12, false],
      ['fresh', 5, false],
    ]);
    expect(
      ages(6)
        .filter((a) => a.stale)
        .map((a) => a.id),
    ).toEqual(['ancient', 'year-old', 'just-a-year']);
  });

  it('names the pages and data entries whose claims rest on a flagged source, not on code samples', () => {
    const [ancient, yearOld] = ages(12);
    expect(ancient!.pages.map((p) => p.path)).toEqual(['/glossary/#kernel']);
    expect(ancient!.entries).toEqual(['measurement demo-start', 'glossary kernel']);
    expect(ancient!.location).toBe('content/data/sources/s.yaml:24:7');
    expect(yearOld!.pages.map((p) => [p.label, p.path])).toEqual([
      ['Home of the source-age fixture', '/'],
      ['Glossary: Kernel', '/glossary/#kernel'],
    ]);
  });

  it('prints a text report and the same facts as JSON', () => {
    const text = formatSourceAges(ages(12), { today: '2026-11-30', maxAgeMonths: 12, format: 'text' });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'OLD  2019-03-01  92 months   ancient  content/data/sources/s.yaml:24:7',
      '       rests on it: page Glossary: Kernel (/glossary/#kernel)',
      '       rests on it: measurement demo-start',
    ]);
    expect(text).toContain(
      'ok   2026-06-01  5 months    fresh  content/data/sources/s.yaml:2:7  (read: example/repo@1a2b3c4 (2026-05-30), SPEC.md)',
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '4 sources, 2 sources last checked more than 12 months before 2026-11-30.',
    );
    const json = JSON.parse(formatSourceAges(ages(12), { today: '2026-11-30', maxAgeMonths: 12, format: 'json' }));
    expect(json).toMatchObject({ maxAgeMonths: 12, stale: 2 });
    expect(json.sources[1]).toMatchObject({ id: 'year-old', stale: true, entries: ['glossary kernel'] });
  });

  it('runs from the command line with --max-age-months and --format json', () => {
    const out = execFileSync(
      process.execPath,
      ['scripts/sources.ts', '--root', root, '--today', '2026-11-30', '--max-age-months', '6', '--format', 'json'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
      },
    );
    expect(
      JSON.parse(out)
        .sources.filter((s: { stale: boolean }) => s.stale)
        .map((s: { id: string }) => s.id),
    ).toEqual(['ancient', 'year-old', 'just-a-year']);
  });
});
