import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/problems/problems.ts';
import { checkDiagramReferences } from '../../../src/validation/diagrams.ts';

const known = new Set(['container-stack', 'type-1-hypervisor']);
const page = (body: string) => ({ file: 'content/topics/p.mdx', body });

describe('<Diagram> references in pages', () => {
  it('accept each known diagram once', () => {
    expect(
      checkDiagramReferences([page('<Diagram id="container-stack" />\n\n<Diagram id="type-1-hypervisor" />')], known),
    ).toEqual([]);
  });

  it('reject an unknown id and suggest the closest one', () => {
    expect(checkDiagramReferences([page('Intro.\n<Diagram id="container-stak" />')], known).map(formatProblem)).toEqual(
      [
        'content/topics/p.mdx:2:14 error: There is no diagram "container-stak" (no file content/diagrams/container-stak.mmd); did you mean "container-stack"?',
      ],
    );
  });

  it('reject the same diagram shown twice on one page, at the second use', () => {
    expect(
      checkDiagramReferences([page('<Diagram id="container-stack" />\n\n<Diagram id="container-stack" />')], known).map(
        formatProblem,
      ),
    ).toEqual([
      'content/topics/p.mdx:3:14 error: The diagram "container-stack" is already shown earlier on this page; remove this second <Diagram>.',
    ]);
  });
});
