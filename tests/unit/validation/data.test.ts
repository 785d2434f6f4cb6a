import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/problems/problems.ts';
import { report, validateFixture } from '../../support/validate.ts';

describe('typed data and the components that use it', () => {
  it('accept a valid site that uses every kind of data and every data component', () => {
    const { problems, data } = validateFixture('good');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(Object.values(data).map((entries) => entries.length)).toEqual([2, 1, 1, 1, 2, 1, 1, 1]);
  });

  // Each bad fixture: the exact location and the sentence a contributor sees.
  const cases: [fixture: string, expected: string[]][] = [
    [
      'data-tab-indent',
      [
        'content/data/glossary.yaml:3:1 error: YAML does not allow tabs for indentation; indent with spaces (two per level).',
      ],
    ],
    [
      'data-unknown-key',
      [
        'content/data/sources/a.yaml:2:3 error: `title` is required but missing; add it.',
        'content/data/sources/a.yaml:3:3 error: Unknown key `titel`; did you mean `title`?',
      ],
    ],
    [
      'data-missing-field',
      [
        'content/data/technologies/demo.yaml:2:1 error: `kernel` is required but missing; add it with one of: guest-kernel, shared-host-kernel, user-space-kernel, library-os, none.',
      ],
    ],
    ['data-wrong-type', ['content/data/measurements/m.yaml:5:10 error: `value` must be a number, not "fast".']],
    [
      'data-unknown-source-in-cell',
      [
        'content/data/comparisons/t.yaml:2:5 warning: No page shows the table "t"; embed it with <ComparisonTable id="t" /> in a page.',
        'content/data/comparisons/t.yaml:13:63 error: No source has the id "reel-2"; add it to a file in content/data/sources/ or correct the id.',
      ],
    ],
    [
      'data-unknown-technology-column',
      [
        'content/data/comparisons/t.yaml:2:5 warning: No page shows the table "t"; embed it with <ComparisonTable id="t" /> in a page.',
        'content/data/comparisons/t.yaml:7:34 error: No technology has the id "gvisor"; add content/data/technologies/gvisor.yaml or correct the id.',
      ],
    ],
    [
      'data-missing-cell',
      [
        'content/data/comparisons/t.yaml:2:5 warning: No page shows the table "t"; embed it with <ComparisonTable id="t" /> in a page.',
        'content/data/comparisons/t.yaml:11:5 error: Row "kernel" has no cell for column "container"; add `container:` with a summary and sources under `cells`.',
        'content/data/comparisons/t.yaml:13:7 error: Row "kernel" has a cell for "containers", which is not a column of this table; use one of the column ids (vm, container) or remove the cell.',
      ],
    ],
    [
      'data-duplicate-id',
      [
        'content/data/sources/b.yaml:8:7 error: The source id "real" is already used at content/data/sources/a.yaml:2:7; give one of the two a different id.',
      ],
    ],
    [
      'data-cell-without-sources',
      [
        'content/data/comparisons/t.yaml:2:5 warning: No page shows the table "t"; embed it with <ComparisonTable id="t" /> in a page.',
        'content/data/comparisons/t.yaml:13:56 error: The cell for column "container" in row "kernel" cites no source; add at least one source id to `sources`.',
      ],
    ],
    [
      'data-measurement-without-unit',
      [
        'content/data/measurements/m.yaml:2:3 error: `unit` is required but missing; add it with one of: ns, us, ms, s, KiB, MiB, GiB, KB, MB, GB, percent, count, per-second.',
      ],
    ],
    [
      'data-unknown-unit',
      [
        'content/data/measurements/m.yaml:6:9 error: `unit` must be one of: ns, us, ms, s, KiB, MiB, GiB, KB, MB, GB, percent, count, per-second (got "msec").',
      ],
    ],
    [
      'data-unknown-cite',
      ['content/topics/index.mdx:9:92 error: No source has the id "kvm-merg"; did you mean "kvm-merge"?'],
    ],
    [
      'data-measurement-without-kind',
      [
        'content/data/measurements/m.yaml:2:3 error: `kind` is required but missing; add `kind: measured` (with `by:` who measured), `kind: target` (with `enforced: true` or `false`) or `kind: best-case`.',
        'content/data/measurements/m.yaml:17:10 error: `bound` must not be at-least for a start-time target: lower is better, so a target is at-most (a ceiling), about or exact.',
      ],
    ],
    [
      'data-unknown-cite',
      ['content/topics/index.mdx:9:92 error: No source has the id "kvm-merg"; did you mean "kvm-merge"?'],
    ],
    [
      'data-modeline',
      [
        'content/data/glossary.yaml:1:33 error: The modeline points at "../../schemas/sources.schema.json"; change it to "../../schemas/glossary.schema.json", the JSON Schema for this kind of file.',
        'content/data/sources/a.yaml:1:1 error: The file does not start with the schema modeline; add `# yaml-language-server: $schema=../../../schemas/sources.schema.json` as its first line so editors check it as you type.',
      ],
    ],
    [
      'data-uncited-source',
      [
        'content/data/sources/a.yaml:8:7 warning: Source "lonely" is not cited anywhere; cite it with <Cite id="lonely" /> or from a table cell, measurement, glossary entry or technology, or remove it.',
      ],
    ],
    [
      'data-cross-references',
      [
        'content/data/glossary.yaml:5:13 error: No glossary entry has the id "user-spaces"; add it to content/data/glossary.yaml or correct the id.',
        'content/data/measurements/m.yaml:3:15 error: No technology has the id "demo"; add content/data/technologies/demo.yaml or correct the id.',
        'content/data/sources/a.yaml:8:3 error: `publisher` is required when `authors` is missing; name the publisher, the authors, or both.',
        'content/data/sources/old.yml:1:1 error: Data files end in .yaml; rename this file to old.yaml.',
        'content/data/technologies/demo.yaml:2:5 error: The technology id "demo-runtime" does not match the file name demo.yaml; rename the file to demo-runtime.yaml or change the id.',
      ],
    ],
    [
      'data-technology-rules',
      [
        'content/data/technologies/demo.yaml:5:17 error: `hypervisorType` applies only to hypervisors; remove it or change `kind` (now "container-runtime").',
        'content/data/technologies/demo.yaml:10:3 error: `stack` marks no layer as the isolation boundary; add `boundary: true` to the layer that enforces it.',
        'content/data/technologies/demo.yaml:12:11 error: `homepage` must be an absolute URL starting with https:// (got "ftp://example.org/demo").',
        'content/data/technologies/hv.yaml:2:1 error: `hypervisorType` is required for a hypervisor; use type-1, type-2 or disputed.',
        'content/data/technologies/hv.yaml:11:23 error: `firstRelease.year` must not be in the future.',
      ],
    ],
    [
      'data-mdx-references',
      [
        'content/topics/index.mdx:9:22 error: No comparison table has the id "tt"; did you mean "t"?',
        'content/topics/index.mdx:10:39 error: Table "t" has no row "kernal"; did you mean "kernel"?',
        'content/topics/index.mdx:10:47 error: Table "t" has no row "storage"; use row ids from content/data/comparisons/t.yaml (kernel).',
        'content/topics/index.mdx:11:13 error: No glossary entry has the id "kernal"; add it to content/data/glossary.yaml or correct the id.',
        'content/topics/index.mdx:11:49 error: No glossary entry has the id "kernel"; add it to content/data/glossary.yaml or correct the id.',
        'content/topics/index.mdx:12:23 error: "boot" is not a metric; use one of: boot-time, start-time, memory-overhead, image-size, throughput, latency, density.',
        'content/topics/index.mdx:13:27 error: No technology has the id "demo"; add content/data/technologies/demo.yaml or correct the id.',
        'content/topics/index.mdx:14:1 error: <Cite> needs an `id` attribute, as in <Cite id="man-namespaces" />.',
        'content/topics/index.mdx:14:12 error: <Cite> has no attribute `ids`; did you mean `id`?',
        'content/topics/index.mdx:15:7 error: Write `id` of <Cite> as a quoted string (id="..."), so it can be checked before the build.',
        'content/topics/index.mdx:16:1 error: This <Cite> tag could not be read; write it like <Cite id="man-namespaces" />, with quoted attribute values.',
      ],
    ],
    [
      'data-not-a-list',
      ['content/data/sources/a.yaml:2:1 error: This file must be a list of sources; start each entry with `- id:`.'],
    ],
  ];
  it.each(cases)('%s fails with its location and message', (name, expected) => {
    expect(report(name)).toEqual(expected);
  });

  it('report malformed YAML as a YAML problem instead of throwing', () => {
    expect(report('data-malformed-yaml')).toEqual([
      'content/data/sources/a.yaml:5:1 error: The YAML is malformed (Missing closing "quote); check the indentation, quotes and colons on this line.',
    ]);
  });

  it('list a warning for an uncited source without failing, and an error only for real errors', () => {
    const { problems } = validateFixture('data-uncited-source');
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });
});
