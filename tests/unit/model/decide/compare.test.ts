import { describe, expect, it } from 'vitest';
import { chosenTechnologies, compareCitations, compareRows } from '../../../../src/model/decide/compare.ts';
import type { Measurement } from '../../../../src/schemas/measurement.ts';
import type { Profile } from '../../../../src/schemas/profile.ts';
import type { Technology } from '../../../../src/schemas/technology.ts';

const tech = (id: string): Technology =>
  ({
    id,
    name: id,
    kind: 'sandboxed-runtime',
    kernel: 'user-space-kernel',
    isolationBoundary: { kind: 'user-space-kernel', description: 'A boundary.' },
    stack: [],
    sources: [`${id}-doc`],
    firstRelease: { year: 2018 },
  }) as unknown as Technology;
const measurement = (over: Partial<Measurement>): Measurement => ({
  id: 'm',
  technology: 'a',
  metric: 'start-time',
  value: 190,
  unit: 'ms',
  bound: 'about',
  what: 'Container start',
  conditions: { setup: '300 runs', year: 2021 },
  source: 'paper',
  reported: 'secondary',
  kind: 'measured',
  by: 'A lab',
  ...over,
});

describe('the compare table', () => {
  const profiles = new Map<string, Profile>([
    ['a', { id: 'a', kubernetes: { answer: 'yes', summary: 'Through a RuntimeClass.', sources: ['k8s'] } }],
  ]);
  const rows = compareRows([tech('a'), tech('b')], profiles, [
    measurement({}),
    measurement({
      id: 'n',
      technology: 'b',
      metric: 'boot-time',
      value: 125,
      bound: 'at-most',
      conditions: { setup: 'Specification target', year: 2026 },
      source: 'spec',
      kind: 'target',
      enforced: false,
      by: undefined,
    }),
  ]);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('shows every number with its kind and year', () => {
    expect(row('start').cells.map((c) => c?.values?.map((v) => [v.value, v.kind, v.year]))).toEqual([
      [['about 190 ms', 'measured', 2021]],
      [['at most 125 ms', 'target', 2026]],
    ]);
  });

  it('leaves a cell empty where the data has nothing, rather than guessing', () => {
    expect(row('kubernetes').cells.map((c) => c?.answer)).toEqual(['yes', undefined]);
    expect(row('memory').cells).toEqual([undefined, undefined]);
  });

  it('cites every filled cell, row by row', () => {
    expect(rows.every((r) => r.cells.every((c) => c === undefined || c.sources.length > 0))).toBe(true);
    expect(compareCitations(rows).slice(0, 2)).toEqual(['a-doc', 'b-doc']);
    expect(compareCitations(rows)).toContain('spec');
  });
});

describe('the choice in the URL', () => {
  const known = ['runc', 'gvisor', 'kata-containers', 'firecracker', 'qemu'];
  it('keeps known technologies in URL order, without repeats, at most four', () => {
    expect(chosenTechnologies(new URLSearchParams('t=gvisor&t=nope&t=firecracker&t=gvisor'), known)).toEqual([
      'gvisor',
      'firecracker',
    ]);
    expect(
      chosenTechnologies(new URLSearchParams('t=runc&t=gvisor&t=kata-containers&t=firecracker&t=qemu'), known),
    ).toHaveLength(4);
    expect(chosenTechnologies(new URLSearchParams(''), known)).toEqual([]);
  });
});
