import { describe, expect, it } from 'vitest';
import { mermaidProblem } from '../../../src/diagrams/errors.ts';
import type { DiagramSpec } from '../../../src/diagrams/source.ts';
import { formatProblem } from '../../../src/problems/problems.ts';
import { checkDiagramReferences } from '../../../src/validation/diagrams.ts';
import { errors, report, validateFixture } from '../../support/validate.ts';

describe('diagram validation', () => {
  it("reports a Mermaid syntax error at its line and column in the file, with Mermaid's message", () => {
    // Line 8 is `  kernel --> hardware["Hardware"`: the `]` is missing at column 33.
    expect(errors('diagram-syntax-error')).toEqual([
      expect.stringMatching(
        /^content\/diagrams\/broken-stack\.mmd:8:33 error: Mermaid cannot parse this: Expecting 'SQE', .*got 'SQS'$/,
      ),
    ]);
  });

  it('reports a missing title and a misspelled key in the frontmatter', () => {
    expect(errors('diagram-missing-title')).toEqual([
      'content/diagrams/untitled.mmd:2:1 error: `title` is required but missing; add it.',
      'content/diagrams/untitled.mmd:3:1 error: Unknown key `captoin`; did you mean `caption`?',
    ]);
  });

  it('reports a <Diagram> naming no diagram file, and one without a literal id, ignoring code', () => {
    expect(errors('diagram-unknown-id')).toEqual([
      'content/topics/index.mdx:13:17 error: There is no diagram "containers-stack" (no file content/diagrams/containers-stack.mmd); did you mean "container-stack"?',
      'content/topics/index.mdx:15:1 error: `<Diagram>` needs a literal id, such as `<Diagram id="container-stack" />`, naming a file in content/diagrams/.',
    ]);
  });

  it('warns about a valid diagram that has no rendered SVG yet, naming the command that renders it', () => {
    const warnings = validateFixture('diagram-unknown-id')
      .problems.filter((p) => p.severity === 'warning')
      .map(formatProblem);
    expect(warnings).toEqual([
      'content/diagrams/container-stack.mmd:5:1 warning: This diagram has no rendered SVG in content/diagrams/.rendered/ yet; run `npm run diagrams` (needs Chromium) and commit the new files.',
    ]);
  });

  it('reads a diagram file with a byte-order mark and CRLF line breaks like any other', () => {
    expect(report('diagram-bom-crlf')).toEqual([
      'content/diagrams/container-stack.mmd:5:1 warning: This diagram has no rendered SVG in content/diagrams/.rendered/ yet; run `npm run diagrams` (needs Chromium) and commit the new files.',
    ]);
  });

  it('rejects conceptual stacks that do not start at the hardware or name unknown layer kinds', () => {
    expect(errors('diagram-bad-stack')).toEqual([
      'content/diagrams/stacks.yaml:5:5 error: `[0].stack` must start with the `hardware` layer: layers are listed from the hardware up.',
      'content/diagrams/stacks.yaml:13:16 error: `[1].stack[1].layer` must be one of: hardware, firmware, hypervisor, host-kernel, vmm, guest-kernel, sandbox-kernel, container-runtime, library-os, wasm-runtime, app (got "kernal").',
    ]);
  });

  it('rejects fixed colours and init directives, which would break one of the two themes', () => {
    expect(errors('diagram-fixed-colour')).toEqual([
      'content/diagrams/colourful.mmd:5:1 error: Remove this `%%{init}%%` directive: theme and layout settings come from src/diagrams/palette.ts so that every diagram matches the site.',
      'content/diagrams/colourful.mmd:8:3 error: `classDef` sets a fixed colour (`fill`), which looks wrong in one of the two themes; give the node a shared class instead (`class <node> hardware`; the classes are listed in content/diagrams/README.md).',
    ]);
  });
});

describe('diagram references in pages', () => {
  const page = {
    file: 'content/topics/a.mdx',
    body: 'Intro.\n\n<Diagram id="type-1-hypervisor" />\n<Diagram\n  id="nope" />\n',
  };
  it('pass for known ids and fail for unknown ones, at the id value', () => {
    expect(checkDiagramReferences([page], new Set(['type-1-hypervisor'])).map(formatProblem)).toEqual([
      'content/topics/a.mdx:5:7 error: There is no diagram "nope" (no file content/diagrams/nope.mmd); use the name of a file in content/diagrams/ without .mmd.',
    ]);
  });
});

describe('Mermaid errors mapped to the diagram file', () => {
  const spec: DiagramSpec = {
    id: 'x',
    file: 'content/diagrams/x.mmd',
    line: 6,
    title: 't',
    description: 'd',
    source: 'flowchart TB\n  a --> b\n  c --> d]\n  e --> f\n',
  };
  const at = (error: Parameters<typeof mermaidProblem>[1], s = spec) => formatProblem(mermaidProblem(s, error));

  it('add the frontmatter offset to a parser location', () => {
    expect(
      at({
        message: "Parse error on line 2:\n...\n---^\nExpecting 'SQE', got 'PS'",
        hash: { loc: { first_line: 2, first_column: 4 } },
      }),
    ).toBe("content/diagrams/x.mmd:7:5 error: Mermaid cannot parse this: Expecting 'SQE', got 'PS'");
  });

  it('find the column of a lexical error from the excerpt Mermaid prints', () => {
    const message =
      'Lexical error on line 3. Unrecognized text.\n...  a --> b  c --> d]  e --> f\n---------------------^';
    expect(at({ message, hash: { line: 2 } })).toBe(
      'content/diagrams/x.mmd:8:10 error: Mermaid does not recognise the text here (Unrecognized text); check for an unclosed bracket or quote.',
    );
  });

  it('read line and column from the message of the newer parsers', () => {
    expect(
      at({ message: "Parsing failed: Parse error on line 4, column 13: Expecting token of type 'ID' but found `\n`." }),
    ).toBe(
      "content/diagrams/x.mmd:9:13 error: Mermaid cannot parse this: Expecting token of type 'ID' but found `\\n`.",
    );
  });

  it('explain an unknown diagram type', () => {
    expect(at({ message: 'No diagram type detected matching given configuration for text: flowchrt TB' })).toBe(
      'content/diagrams/x.mmd:6:1 error: Mermaid does not know this diagram type; start with a type such as `flowchart TB` or `block-beta`.',
    );
  });

  it('point at the stack entry, not at generated lines, for a generated diagram', () => {
    expect(
      at(
        { message: 'Parse error on line 3:\nboom' },
        { ...spec, id: 'stack-demo', file: 'content/diagrams/stacks.yaml', line: 12, generated: true },
      ),
    ).toMatch(
      /^content\/diagrams\/stacks\.yaml:12:1 error: The stack "stack-demo" generated Mermaid that does not render \(line 3 of the generated source\); /,
    );
  });
});
