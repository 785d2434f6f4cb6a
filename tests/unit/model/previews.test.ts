import { describe, expect, it } from 'vitest';
import { sourcePreview, termPreview } from '../../../src/model/previews.ts';
import { source } from '../support/sample-data.ts';

describe('hover previews', () => {
  it('name a source by title, publisher and year', () => {
    expect(sourcePreview(source('a', { title: 'Firecracker design', publisher: 'AWS', date: '2023-03-31' }))).toBe(
      'Firecracker design. AWS, 2023.',
    );
    expect(
      sourcePreview(
        source('b', { title: 'Why?', publisher: undefined, authors: ['A. Author', 'B. Author'], year: 2019 }),
      ),
    ).toBe('Why? A. Author, B. Author, 2019.');
    expect(sourcePreview(source('c', { title: 'Undated', publisher: 'Example Press' }))).toBe(
      'Undated. Example Press.',
    );
  });

  it('keep the first sentence of a definition, shortened at a word when too long', () => {
    expect(termPreview('A namespace wraps a resource. Processes inside see their own copy.')).toBe(
      'A namespace wraps a resource.',
    );
    expect(termPreview('word '.repeat(60), 30)).toMatch(/^(word ){5}word…$|^(word )+word…$/);
    expect(termPreview('word '.repeat(60), 30).length).toBeLessThanOrEqual(30);
  });
});
