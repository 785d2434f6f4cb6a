import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { comparisonSchema } from '../../../src/schemas/comparison.ts';
import { latestToday } from '../../../src/schemas/data-fields.ts';
import { glossaryEntrySchema } from '../../../src/schemas/glossary.ts';
import { measurementSchema } from '../../../src/schemas/measurement.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { technologySchema } from '../../../src/schemas/technology.ts';
import { projectRoot } from '../../support/paths.ts';

const readme = readFileSync(join(projectRoot, 'content/data/README.md'), 'utf8');
/** The YAML example under the `## <heading>` of content/data/README.md. */
function example(heading: string): unknown {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading))!;
  return parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]!);
}
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const source = { id: 'a-source', title: 'A title', publisher: 'A publisher', url: 'https://example.org/', accessed: '2025-01-01', kind: 'docs' };

describe('the data schemas', () => {
  it('accept every example in content/data/README.md, the contract pages and data are written against', () => {
    for (const entry of example('sources') as unknown[]) expect(messages(sourceSchema.safeParse(entry))).toEqual([]);
    expect(messages(technologySchema.safeParse(example('technologies')))).toEqual([]);
    expect(messages(comparisonSchema.safeParse(example('comparisons')))).toEqual([]);
    for (const entry of example('measurements') as unknown[]) expect(messages(measurementSchema.safeParse(entry))).toEqual([]);
    for (const entry of example('glossary.yaml') as unknown[]) expect(messages(glossaryEntrySchema.safeParse(entry))).toEqual([]);
  });

  it('fill in the documented defaults', () => {
    const measurement = measurementSchema.parse({ ...(example('measurements') as object[])[0], bound: undefined });
    expect(measurement.bound).toBe('exact');
    expect(glossaryEntrySchema.parse({ id: 'x', term: 'X', definition: 'An x.', sources: ['s'] }).seeAlso).toEqual([]);
    const tech = technologySchema.parse(example('technologies'));
    expect(tech.stack.map((l) => l.boundary)).toEqual([false, true, false, false, false]);
  });

  it('make every measurement say what kind of number it is, with who measured it or whether tests enforce it', () => {
    const [target, measured] = example('measurements') as Record<string, unknown>[];
    expect(messages(measurementSchema.safeParse({ ...target, kind: undefined, enforced: undefined }))[0]).toMatch(/^kind: is required but missing; add `kind: measured`/);
    expect(messages(measurementSchema.safeParse({ ...target, enforced: undefined }))).toEqual([
      "enforced: is required for a target; write `true` if the project's tests fail when it is missed, `false` otherwise",
    ]);
    expect(messages(measurementSchema.safeParse({ ...measured, by: undefined }))).toEqual([
      'by: is required for a measured number; name who measured it (people, a team or an organisation)',
    ]);
    expect(messages(measurementSchema.safeParse({ ...measured, enforced: true }))).toEqual(['enforced: is only for `kind: target`; remove it from this measured']);
  });

  it('refuse a bound recorded backwards for the kind of number and the way the metric improves', () => {
    const [target] = example('measurements') as Record<string, unknown>[];
    expect(messages(measurementSchema.safeParse({ ...target, bound: 'at-least' }))).toEqual([
      'bound: must not be at-least for a boot-time target: lower is better, so a target is at-most (a ceiling), about or exact',
    ]);
    expect(messages(measurementSchema.safeParse({ ...target, metric: 'throughput', unit: 'percent', bound: 'at-most' }))).toEqual([
      'bound: must not be at-most for a throughput target: higher is better, so a target is at-least (a floor), about or exact',
    ]);
    expect(messages(measurementSchema.safeParse({ ...target, metric: 'throughput', unit: 'percent', bound: 'at-least' }))).toEqual([]);
    const bestCase = { ...target, kind: 'best-case', enforced: undefined };
    expect(messages(measurementSchema.safeParse({ ...bestCase, bound: 'exact' }))).toEqual([]);
    expect(messages(measurementSchema.safeParse(bestCase))[0]).toMatch(/^bound: must be exact or about for a best case/);
    // A measurement may be a bound either way: "at least 40% slower" is a measured fact.
    expect(messages(measurementSchema.safeParse({ ...target, kind: 'measured', enforced: undefined, by: 'IBM Research', bound: 'at-least' }))).toEqual([]);
  });

  it('reject unknown keys, so a misspelt field is never silently ignored', () => {
    expect(messages(sourceSchema.safeParse({ ...source, titel: 'x' }))).toEqual([': Unrecognized key: "titel"']);
  });

  it('keep ids to lowercase words joined by single hyphens', () => {
    for (const id of ['Kvm', 'kata--containers', 'kata_containers', '-kvm', 'kvm-']) {
      expect(sourceSchema.safeParse({ ...source, id }).success, id).toBe(false);
    }
    expect(sourceSchema.safeParse({ ...source, id: 'cve-2019-5736' }).success).toBe(true);
  });

  it('accept only absolute http(s) URLs with a host name', () => {
    for (const url of ['www.example.org', 'ftp://example.org/', 'https://', 'https://localhost/', '/relative/']) {
      expect(sourceSchema.safeParse({ ...source, url }).success, url).toBe(false);
    }
    expect(sourceSchema.safeParse({ ...source, url: 'http://example.org/a?b=c#d' }).success).toBe(true);
  });

  it('accept today in any time zone but no later date', () => {
    expect(latestToday(new Date('2026-11-22T12:00:00Z'))).toBe('2026-11-23');
    expect(sourceSchema.safeParse({ ...source, accessed: latestToday() }).success).toBe(true);
    const tomorrow = new Date(Date.parse(`${latestToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(messages(sourceSchema.safeParse({ ...source, accessed: tomorrow }))).toEqual([
      'accessed: must not be in the future; write the day you last checked the source (YYYY-MM-DD)',
    ]);
    expect(sourceSchema.safeParse({ ...source, accessed: '2025-02-30' }).success).toBe(false);
  });

  it('need a publisher or authors, and a date or a year but not both', () => {
    const { publisher: _, ...anonymous } = source;
    expect(messages(sourceSchema.safeParse(anonymous))).toEqual([
      'publisher: is required when `authors` is missing; name the publisher, the authors, or both',
    ]);
    expect(sourceSchema.safeParse({ ...anonymous, authors: ['A. Author'] }).success).toBe(true);
    expect(messages(sourceSchema.safeParse({ ...source, date: '2020-01-01', year: 2020 }))).toEqual(['year: repeats `date`; keep only `date`']);
  });

  it('need a label or a technology for every comparison column', () => {
    const table = example('comparisons') as { columns: object[] };
    const unlabeled = { ...table, columns: [{ id: 'vm' }, ...table.columns.slice(1)] };
    expect(messages(comparisonSchema.safeParse(unlabeled))).toEqual([
      'columns.0.label: is required unless the column names a `technology`; add a heading',
    ]);
  });

  it('need a unit from the list and the conditions for every measurement', () => {
    const [m] = example('measurements') as Record<string, unknown>[];
    expect(measurementSchema.safeParse({ ...m, unit: 'msec' }).success).toBe(false);
    const { conditions: _, ...bare } = m!;
    expect(messages(measurementSchema.safeParse(bare))).toEqual(['conditions: Invalid input: expected object, received undefined']);
  });
});
