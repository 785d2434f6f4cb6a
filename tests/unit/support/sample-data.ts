import type { Comparison } from '../../../src/schemas/comparison.ts';
import type { Measurement } from '../../../src/schemas/measurement.ts';
import type { Source } from '../../../src/schemas/source.ts';
import type { Technology } from '../../../src/schemas/technology.ts';
import { indexData, type DataSet } from '../../../src/collections/dataset.ts';

/** Small in-memory data for the tests of pure functions. */
export const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  title: `Title of ${id}`,
  publisher: 'Example Press',
  url: `https://example.org/${id}`,
  accessed: '2025-01-01',
  kind: 'docs',
  ...extra,
});

export const technology = (id: string, extra: Partial<Technology> = {}): Technology => ({
  id,
  name: id.toUpperCase(),
  kind: 'container-runtime',
  summary: `${id} runs things.`,
  kernel: 'shared-host-kernel',
  isolationBoundary: { kind: 'host-kernel', description: 'The host kernel.' },
  stack: [
    { layer: 'host-kernel', label: 'Linux', boundary: true },
    { layer: 'app', label: 'App', boundary: false },
  ],
  sources: ['s1'],
  ...extra,
});

/** Columns vm (a label) and rc (a technology); rows kernel and boundary. */
export const table: Comparison = {
  id: 'vm-vs-rc',
  title: 'VMs and RC',
  caption: 'A test table.',
  columns: [
    { id: 'vm', label: 'Virtual machines' },
    { id: 'rc', technology: 'rc' },
  ],
  rows: [
    {
      id: 'kernel',
      label: 'Kernel',
      cells: {
        vm: { summary: 'Own.', sources: ['s2'] },
        rc: { summary: 'Shared.', detail: 'More.', sources: ['s1', 's3'] },
      },
    },
    {
      id: 'boundary',
      label: 'Boundary',
      cells: { vm: { summary: 'Hypervisor.', sources: ['s3'] }, rc: { summary: 'Kernel.', sources: ['s1'] } },
    },
  ],
};

export const measurement = (id: string, extra: Partial<Measurement> = {}): Measurement => ({
  id,
  technology: 'rc',
  metric: 'start-time',
  value: 100,
  unit: 'ms',
  bound: 'exact',
  what: 'Start',
  conditions: { setup: 'A laptop', year: 2024 },
  source: 's4',
  reported: 'primary',
  kind: 'measured',
  by: 'A tester',
  ...extra,
});

export function dataSet(): DataSet {
  return indexData({
    sources: ['s1', 's2', 's3', 's4', 's5'].map((id) => source(id)),
    technologies: [technology('rc')],
    comparisons: [table],
    measurements: [
      measurement('m1'),
      measurement('m2', { metric: 'boot-time', source: 's5' }),
      measurement('m3', { technology: 'other', source: 's5' }),
    ],
    glossary: [{ id: 'kernel', term: 'Kernel', definition: 'The core.', seeAlso: [], sources: ['s2'] }],
    decisions: [],
    profiles: [],
    pairs: [],
  });
}
