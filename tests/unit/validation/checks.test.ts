import { describe, expect, it } from 'vitest';
import { checkComparison } from '../../../src/validation/checks/comparisons.ts';
import type { Located } from '../../../src/problems/located.ts';
import { tabIndentation } from '../../../src/collections/tab-indentation.ts';
import { unknownIdMessage } from '../../../src/problems/unknown-id.ts';
import { locate, parseYaml } from '../../../src/problems/yaml-source.ts';
import { comparisonSchema, type Comparison } from '../../../src/schemas/comparison.ts';

/** A comparison parsed from YAML text, located like the loader does it. */
function located(text: string): Located<Comparison> {
  const { source } = parseYaml(text, 'c.yaml');
  return {
    value: comparisonSchema.parse(source.doc.toJS()),
    file: 'c.yaml',
    at: (path = [], keyOf = false) => locate(source, path, keyOf),
  };
}
const at = (problems: { line: number; column: number; message: string }[]) =>
  problems.map((p) => `${p.line}:${p.column} ${p.message}`);

const head = 'id: t\ntitle: T\ncaption: C.\ncolumns:\n  - { id: a, label: A }\n  - { id: b, label: B }\nrows:\n';

describe('comparison table checks', () => {
  it('accept a table with a cell for every column and sources in every cell', () => {
    const table = located(
      `${head}  - id: r\n    label: R\n    cells:\n      a: { summary: x, sources: [s] }\n      b: { summary: y, sources: [s] }\n`,
    );
    expect(checkComparison(table)).toEqual([]);
  });

  it('report a column or row id used twice, at the second use', () => {
    const text =
      'id: t\ntitle: T\ncaption: C.\ncolumns:\n  - { id: a, label: A }\n  - { id: a, label: A again }\nrows:\n' +
      '  - id: r\n    label: R\n    cells:\n      a: { summary: x, sources: [s] }\n' +
      '  - id: r\n    label: R again\n    cells:\n      a: { summary: x, sources: [s] }\n';
    expect(at(checkComparison(located(text)))).toEqual([
      '6:11 The column id "a" appears twice in this table; give each column its own id.',
      '12:9 The row id "r" appears twice in this table; give each row its own id.',
    ]);
  });
});

describe('messages for ids that name nothing', () => {
  it('suggest the closest known id, or say where to add the missing one', () => {
    expect(unknownIdMessage('source', 'man-namespace', ['man-namespaces', 'man-cgroups'])).toBe(
      'No source has the id "man-namespace"; did you mean "man-namespaces"?',
    );
    expect(unknownIdMessage('technology', 'gvisor', ['kvm'])).toBe(
      'No technology has the id "gvisor"; add content/data/technologies/gvisor.yaml or correct the id.',
    );
  });
});

describe('tab indentation', () => {
  it('is reported once per line, at the tab, and tabs inside values are fine', () => {
    expect(at(tabIndentation('a:\n\tb: 1\n  \tc: 2\nd: "x\ty"\n', 'f.yaml'))).toEqual([
      '2:1 YAML does not allow tabs for indentation; indent with spaces (two per level).',
      '3:3 YAML does not allow tabs for indentation; indent with spaces (two per level).',
    ]);
  });
});
