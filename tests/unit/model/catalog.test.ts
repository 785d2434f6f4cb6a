import { describe, expect, it } from 'vitest';
import {
  metaDescription,
  sourcesByKind,
  tablesWithTechnology,
  technologiesByKind,
  technologyCitations,
} from '../../../src/model/catalog.ts';
import { whereCited } from '../../../src/model/where-cited.ts';
import { referenceCrumbs } from '../../../src/model/reference-crumbs.ts';
import { sourceEntryParts } from '../../../src/model/source-entry.ts';
import { dataSet, source, technology } from '../support/sample-data.ts';

const topics = [
  {
    id: 'index',
    title: 'Start',
    body: 'A claim.<Cite id="s2" />\n\n<ComparisonTable id="vm-vs-rc" rows="boundary" />',
  },
  { id: 'other', title: 'Other', body: '```\n<Cite id="s5" />\n```\n<Measurements metric="boot-time" />' },
];

describe('where each source is cited', () => {
  it('lists topic pages (through citations, tables and measurements), technology pages and glossary entries', () => {
    const index = whereCited(dataSet(), topics);
    expect(index.get('s2')).toEqual([
      { label: 'Start', path: '/' },
      { label: 'Glossary: Kernel', path: '/glossary/#kernel' },
    ]);
    expect(index.get('s3')).toEqual([{ label: 'Start', path: '/' }]);
    expect(index.get('s1')).toEqual([
      { label: 'Start', path: '/' },
      { label: 'RC', path: '/technologies/rc/' },
    ]);
    // s5 is cited by a boot-time measurement of rc (on /other/ and the rc page), not by the code block.
    expect(index.get('s5')).toEqual([
      { label: 'Other', path: '/other/' },
      { label: 'RC', path: '/technologies/rc/' },
    ]);
  });
});

describe('the generated reference pages', () => {
  it('group the bibliography by kind, papers first, sorted by title', () => {
    const groups = sourcesByKind([
      source('b', { title: 'Beta' }),
      source('p', { kind: 'paper' }),
      source('a', { title: 'alpha' }),
    ]);
    expect(groups.map((g) => [g.label, g.sources.map((s) => s.id)])).toEqual([
      ['Papers', ['p']],
      ['Documentation', ['a', 'b']],
    ]);
  });

  it('group the catalog by kind in schema order, sorted by name', () => {
    const groups = technologiesByKind([
      technology('zz'),
      technology('kvm', { kind: 'hypervisor', hypervisorType: 'disputed' }),
      technology('aa'),
    ]);
    expect(groups.map((g) => [g.kind, g.technologies.map((t) => t.id)])).toEqual([
      ['hypervisor', ['kvm']],
      ['container-runtime', ['aa', 'zz']],
    ]);
  });

  it('number a technology page’s own sources first, then its measurements’ sources', () => {
    const citations = technologyCitations(technology('rc', { sources: ['s2', 's1'] }), dataSet());
    expect(citations.order).toEqual(['s2', 's1', 's5', 's4']);
  });

  it('find the comparison tables with a column for a technology and the pages that show them', () => {
    expect(tablesWithTechnology('rc', dataSet(), topics).map((t) => [t.table.id, t.pages])).toEqual([
      ['vm-vs-rc', [{ label: 'Start', path: '/' }]],
    ]);
    expect(tablesWithTechnology('kvm', dataSet(), topics)).toEqual([]);
  });

  it('shorten long summaries to a meta description at a word boundary', () => {
    expect(metaDescription('Short.')).toBe('Short.');
    const long = `${'word '.repeat(40)}end.`;
    expect(metaDescription(long)).toMatch(/^(word ){30}word\.\.\.$/);
    expect(metaDescription(long).length).toBeLessThanOrEqual(160);
  });

  it('put the Reference section in the breadcrumbs only when it has an overview page', () => {
    const trail = [{ label: 'Glossary', path: '/glossary/' }];
    expect(referenceCrumbs([], trail).map((c) => c.path)).toEqual(['/', '/glossary/']);
    const faq = { id: 'faq', title: 'FAQ', section: 'reference' as const, order: 10, description: 'Questions.' };
    expect(referenceCrumbs([faq], trail).map((c) => c.path)).toEqual(['/', '/sections/reference/', '/glossary/']);
  });
});

describe('a bibliography entry', () => {
  it('names the authors first, then the publisher, and writes dates in words', () => {
    const parts = sourceEntryParts(
      source('p', { authors: ['A. One', 'B. Two', 'C. Three'], date: '2015-03-29', accessed: '2026-11-22' }),
    );
    expect(parts).toMatchObject({
      creators: 'A. One, B. Two and C. Three',
      publisher: 'Example Press',
      published: '29 March 2015',
      publishedIso: '2015-03-29',
      accessed: '22 November 2026',
    });
  });

  it('uses the publisher alone when there are no authors, and a bare year when that is all there is', () => {
    expect(sourceEntryParts(source('d', { year: 2019 }))).toMatchObject({
      creators: 'Example Press',
      publisher: undefined,
      published: '2019',
      publishedIso: undefined,
    });
  });

  it('says what exactly was read on the check date, when the entry records it', () => {
    expect(sourceEntryParts(source('r', { revision: 'owner/repo@1a2b3c4 (2026-08-21), SPEC.md' })).revision).toBe(
      'owner/repo@1a2b3c4 (2026-08-21), SPEC.md',
    );
    expect(sourceEntryParts(source('n')).revision).toBeUndefined();
  });
});
