import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/problems/problems.ts';
import { validateProject } from '../../../src/validation/validate.ts';
import { fixturePath } from '../../support/paths.ts';

const report = (name: string) => validateProject(fixturePath(name)).problems.map(formatProblem);

/**
 * Mistakes a new contributor makes, each planted alone in a copy of the `good` fixture: each gives
 * exactly one located problem with what to change, including those that used to pass validation and
 * crash the build, or cascade into dozens of follow-on errors.
 */
describe('contributor mistakes: one located problem each', () => {
  const cases: [fixture: string, expected: string[]][] = [
    [
      'mistake-duplicate-key',
      ['content/data/sources/main.yaml:4:3 error: Map keys must be unique; remove one of the two entries.'],
    ],
    [
      'mistake-generated-route',
      [
        'content/topics/glossary.mdx:1:1 error: The URL /glossary/ belongs to a page the site generates, so this page would never be built; rename the file, for example to glossary-guide.mdx.',
      ],
    ],
    [
      'mistake-impossible-accessed',
      [
        'content/data/sources/main.yaml:6:13 error: `accessed` must be a real date written YYYY-MM-DD, such as 2026-11-30 (got "2025-02-30"); check that the month exists and has that day.',
      ],
    ],
    [
      'mistake-impossible-day',
      [
        'content/topics/index.mdx:6:10 error: `updated` must be a real date written YYYY-MM-DD, such as 2026-11-30 (got "2025-02-30"); check that the month exists and has that day.',
      ],
    ],
    [
      'mistake-impossible-month',
      [
        'content/topics/index.mdx:6:10 error: `updated` must be a real date written YYYY-MM-DD, such as 2026-11-30 (got "2026-13-45"); check that the month exists and has that day.',
      ],
    ],
    [
      'mistake-invalid-source',
      [
        'content/data/sources/main.yaml:5:8 error: `url` must be an absolute URL starting with https:// (got "javascript:alert(1)").',
      ],
    ],
    [
      'mistake-javascript-link',
      ['content/topics/index.mdx:19:3 error: Links must go to a page or a web address; remove the `javascript:` link.'],
    ],
    [
      'mistake-link-to-draft',
      [
        'content/topics/index.mdx:10:23 error: The link "/second/#a-heading" points at a draft, which is not published; remove `draft: true` from content/topics/second.mdx or drop the link until it is.',
      ],
    ],
    [
      'mistake-long-description',
      ['content/topics/index.mdx:3:14 error: `description` must have at most 160 characters (it has 209 characters).'],
    ],
    [
      'mistake-less-than',
      [
        'content/topics/index.mdx:19:16 error: MDX cannot read this: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`); MDX reads "<" as the start of a tag; finish the tag, or write &lt; for a less-than sign.',
      ],
    ],
    [
      'mistake-missing-heading',
      [
        'content/topics/index.mdx:10:23 error: The page /second/ has no heading or anchor "#no-such-heading"; use the anchor of one of its headings (#a-heading) or drop "#no-such-heading".',
      ],
    ],
    [
      'mistake-import',
      [
        'content/topics/index.mdx:19:1 error: A page cannot import code: its body is content, not a module. Use the components every page has (<Cite>, <ComparisonTable>, <Diagram>, <Measurements>, <SpectrumChart>, <TaskLinks>, <Term>); a new one is registered in src/components/mdx/index.ts and src/schemas/mdx-components.ts.',
      ],
    ],
    [
      'mistake-missing-image',
      [
        'content/topics/index.mdx:19:1 error: The image "./missing.png" does not exist (no file content/topics/missing.png); a relative image path is read from the page\'s folder, so add the file there or fix the path.',
      ],
    ],
    [
      'mistake-missing-local-heading',
      [
        'content/topics/second.mdx:17:16 error: The page /second/ has no heading or anchor "#a-headin"; did you mean "#a-heading"?',
      ],
    ],
    [
      'mistake-missing-public-image',
      [
        'content/topics/index.mdx:19:1 error: The image "/logo.svg" does not exist (no file public/logo.svg); an absolute image path is served from public/, so add the file there or fix the path.',
      ],
    ],
    [
      'mistake-script',
      [
        'content/topics/index.mdx:19:1 error: <script> is not allowed in a page: pages carry no scripts (the Content-Security-Policy blocks inline scripts); describe the behaviour in prose instead.',
      ],
    ],
    [
      'mistake-stray-brace',
      [
        'content/topics/index.mdx:19:11 error: MDX cannot read this: Unexpected end of file in expression, expected a corresponding closing brace for `{`; MDX reads "{" as the start of an expression; close it with "}", or write \\{ for a literal brace.',
      ],
    ],
    [
      'mistake-unclosed-cite',
      [
        'content/topics/index.mdx:19:24 error: This <Cite> tag could not be read; write it like <Cite id="man-namespaces" />, with quoted attribute values.',
      ],
    ],
    [
      'mistake-unclosed-div',
      [
        'content/topics/index.mdx:19:1 error: MDX cannot read this: Expected a closing tag for `<div>`; close it with </div> or write it self-closing, as in <div ... />.',
      ],
    ],
    [
      'mistake-unclosed-term',
      [
        'content/topics/index.mdx:19:3 error: MDX cannot read this: Expected a closing tag for `<Term>` before the end of `paragraph`; close it with </Term> or write it self-closing, as in <Term ... />.',
      ],
    ],
    [
      'mistake-unknown-attribute',
      ['content/topics/index.mdx:19:65 error: <ComparisonTable> has no attribute `row`; did you mean `rows`?'],
    ],
    [
      'mistake-unquoted-attribute',
      [
        'content/topics/index.mdx:19:43 error: Write `id` of <Cite> as a quoted string (id="..."), so it can be checked before the build.',
      ],
    ],
    [
      'mistake-unknown-component',
      ['content/topics/index.mdx:19:22 error: <Citee> is not a component of this site; did you mean <Cite>?'],
    ],
    [
      'warning-duplicate-order',
      [
        'content/topics/second.mdx:5:8 warning: index.mdx in section "start" also has order 0; give this page another number so the sidebar order is deliberate.',
      ],
    ],
    [
      'warning-unshown-row',
      [
        'content/data/comparisons/t.yaml:14:9 warning: No page shows the row "memory": every page embedding "t" picks rows with rows="..."; add "memory" to one of those lists, or embed the table without rows.',
      ],
    ],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(report(name)).toEqual(expected);
  });
});

describe('content written by any editor on any OS', () => {
  it('accepts CRLF line breaks and a byte-order mark in pages and data files', () => {
    expect(report('good-bom-crlf')).toEqual([]);
  });

  it('accepts images next to the page and under public/, and links to files under public/', () => {
    expect(report('accepted-images')).toEqual([]);
  });
});
