import { describe, expect, it } from 'vitest';
import { citationMarkers, numberCitations, pageCitations } from '../../../src/model/citations.ts';
import { dataSet } from '../support/sample-data.ts';

describe('citation numbering on a page', () => {
  it('numbers sources in the order the page first cites them, whatever the source ids', () => {
    const citations = pageCitations('One.<Cite id="s3" /> Two.<Cite id="s1" /> Again.<Cite id="s3" />', dataSet());
    expect(citations.order).toEqual(['s3', 's1']);
    expect(Object.fromEntries(citations.anchors)).toEqual({ s3: ['cite-s3-1', 'cite-s3-2'], s1: ['cite-s1-1'] });
  });

  it('numbers a table’s sources where the table stands, row by row and cell by cell', () => {
    const citations = pageCitations(
      '<Cite id="s3" />\n\n<ComparisonTable id="vm-vs-rc" />\n\n<Cite id="s5" />',
      dataSet(),
    );
    // s3 first (the Cite), then the table: kernel row vm (s2), rc (s1, s3), boundary row vm (s3), rc (s1); then s5.
    expect(citations.order).toEqual(['s3', 's2', 's1', 's5']);
    expect(citations.anchors.get('s3')).toEqual(['cite-s3-1', 'cite-s3-2', 'cite-s3-3']);
    expect(citations.anchors.get('s1')).toEqual(['cite-s1-1', 'cite-s1-2']);
  });

  it('follows the rows a table is limited to, in the order given', () => {
    expect(pageCitations('<ComparisonTable id="vm-vs-rc" rows="boundary" />', dataSet()).order).toEqual(['s3', 's1']);
  });

  it('numbers the sources of a measurements table, filtered like the table', () => {
    expect(pageCitations('<Measurements technology="rc" />', dataSet()).order).toEqual(['s5', 's4']);
    // m1 (rc, s4) and m3 (another technology, s5) are start times; m2 is a boot time.
    expect(pageCitations('<Measurements metric="start-time" />', dataSet()).order).toEqual(['s4', 's5']);
    expect(pageCitations('<Measurements technology="rc" metric="boot-time" />', dataSet()).order).toEqual(['s5']);
  });

  it('ignores citations inside code and ids that name no source', () => {
    const body = '```mdx\n<Cite id="s1" />\n```\n`<Cite id="s2" />` <Cite id="nope" /> <Cite id="s4" />';
    expect(pageCitations(body, dataSet()).order).toEqual(['s4']);
  });

  it('gives a page without citations no references', () => {
    expect(pageCitations('Just prose, and a <Term id="kernel">term</Term>.', dataSet())).toEqual({
      order: [],
      anchors: new Map(),
    });
  });
});

describe('handing out citation markers while rendering', () => {
  it('gives each marker the source’s number and the next unused anchor of that source', () => {
    const marker = citationMarkers(numberCitations(['s2', 's1', 's2']));
    expect(marker('s2')).toEqual({ sourceId: 's2', number: 1, anchor: 'cite-s2-1', href: '#ref-s2' });
    expect(marker('s1')).toMatchObject({ number: 2, anchor: 'cite-s1-1' });
    expect(marker('s2')).toMatchObject({ number: 1, anchor: 'cite-s2-2' });
  });

  it('returns nothing for a source the page does not cite', () => {
    expect(citationMarkers(numberCitations(['s1']))('s9')).toBeUndefined();
  });
});
