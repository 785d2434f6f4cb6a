import { describe, expect, it } from 'vitest';
import { report } from '../../support/validate.ts';

describe('topic pages', () => {
  it('accept a valid site, ignoring links inside code', () => {
    expect(report('good')).toEqual([]);
  });

  // Each bad fixture: the exact location and the sentence a contributor sees.
  const cases: [fixture: string, expected: string[]][] = [
    [
      'topic-unknown-section',
      [
        'content/topics/index.mdx:4:10 error: `section` must be one of: start, concepts, building-blocks, compare, spectrum, practice, reference (got "basics").',
      ],
    ],
    [
      'topic-unknown-key',
      [
        'content/topics/index.mdx:2:1 error: `description` is required but missing; add it.',
        'content/topics/index.mdx:3:1 error: Unknown key `descripton`; did you mean `description`?',
      ],
    ],
    [
      'topic-future-date',
      [
        'content/topics/index.mdx:6:10 error: `updated` must not be in the future; write the day of the change (YYYY-MM-DD).',
      ],
    ],
    [
      'topic-short-description',
      ['content/topics/index.mdx:3:14 error: `description` must have at least 50 characters (it has 10 characters).'],
    ],
    ['topic-wrong-type', ['content/topics/index.mdx:5:8 error: `order` must be a number, not "first".']],
    [
      'topic-empty-table-header',
      [
        'content/topics/index.mdx:9:2 error: A table header cell is empty; give every column a name (for example "Characteristic") so screen readers can announce it.',
      ],
    ],
    [
      'topic-body-h1',
      ['content/topics/index.mdx:9:1 error: The page title is already the h1; start body headings at `##`.'],
    ],
    [
      'topic-no-frontmatter',
      [
        'content/topics/index.mdx:1:1 error: The page has no frontmatter; start the file with a `---` block holding title, description, section, order and updated.',
      ],
    ],
    [
      'topic-broken-link',
      [
        'content/topics/index.mdx:8:5 error: `related` names "no-such-page", which is not a topic page; use the file name of a page in content/topics/ without .mdx.',
        'content/topics/index.mdx:11:25 error: The link "/containres/" points at no page of the site; fix the path (pages live at /<file-name>/) or create the page.',
      ],
    ],
  ];
  it.each(cases)('%s fails with its location and message', (name, expected) => {
    expect(report(name)).toEqual(expected);
  });

  it('report malformed YAML as a YAML problem instead of throwing', () => {
    const [problem, ...rest] = report('topic-bad-yaml');
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^content\/topics\/index\.mdx:\d+:\d+ error: The YAML is malformed \(Missing closing "quote\)/,
    );
  });
});
