import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/paths.ts';
import { collectDiagrams } from '../../../src/diagrams/collect.ts';
import { formatProblem } from '../../../src/problems/problems.ts';
import { validateProject } from '../../../src/validation/validate.ts';
import { stackSchema, type StackLayer } from '../../../src/schemas/stack.ts';
import { describeStack, layerClass, stackToMermaid } from '../../../src/diagrams/stack.ts';
import { classNames } from '../../../src/diagrams/palette.ts';

const kvm: StackLayer[] = [
  { layer: 'hardware', label: 'Server hardware with VT-x or AMD-V' },
  { layer: 'host-kernel', label: 'Linux kernel with the kvm module' },
  { layer: 'vmm', label: 'QEMU or another VMM (one process per VM)' },
  { layer: 'guest-kernel', label: 'Guest kernel', boundary: true },
  { layer: 'app', label: 'Applications' },
];

/** The block lines of the generated source, top of the drawing first. */
const blocks = (source: string) =>
  source
    .split('\n')
    .filter((line) => /^\s+layer\d+\[/.test(line))
    .map((line) => line.trim());

describe('stack diagrams generated from a stack', () => {
  it('are block-beta diagrams one column wide, hardware drawn at the bottom', () => {
    const source = stackToMermaid(kvm);
    expect(source.split('\n').slice(0, 2)).toEqual(['block-beta', '  columns 1']);
    expect(blocks(source)).toEqual([
      'layer4["Applications"]',
      'layer3["Guest kernel"]',
      'layer2["QEMU or another VMM (one process per VM)"]',
      'layer1["Linux kernel with the kvm module"]',
      'layer0["Server hardware with VT-x or AMD-V"]',
    ]);
  });

  it('give every layer kind its fixed class, and the boundary layer the boundary class as well', () => {
    const source = stackToMermaid(kvm);
    expect(source).toContain('class layer0 hardware\n');
    expect(source).toContain('class layer1 hostKernel\n');
    expect(source).toContain('class layer2 vmm\n');
    expect(source).toContain('class layer3 guestKernel\n  class layer3 boundary\n');
    expect(source).toContain('class layer4 app\n');
    expect(source.match(/ boundary\n/g)).toHaveLength(1);
  });

  it('map every layer kind of the data format onto a class of the shared palette', () => {
    for (const cls of Object.values(layerClass)) expect(classNames).toContain(cls);
  });

  it('mark more than one boundary when a stack has two: in style (named by the legend), and in the description', () => {
    const stack: StackLayer[] = [
      { layer: 'hardware', label: 'Hardware' },
      { layer: 'hypervisor', label: 'Hypervisor', boundary: true },
      { layer: 'guest-kernel', label: 'Guest kernel', boundary: true },
      { layer: 'app', label: 'Containers' },
    ];
    const source = stackToMermaid(stack);
    expect(source.match(/ boundary\n/g)).toHaveLength(2);
    expect(source).not.toContain('isolation boundary');
    expect(describeStack(stack)).toContain('The isolation boundary is enforced at: Hypervisor; Guest kernel.');
  });

  it('turn quotes and angle brackets in labels into Mermaid entity codes, so a label cannot break the syntax', () => {
    const source = stackToMermaid([
      { layer: 'hardware', label: 'The "metal"' },
      { layer: 'app', label: 'App <script>  with   spaces' },
    ]);
    expect(blocks(source)).toEqual(['layer1["App #lt;script#gt; with spaces"]', 'layer0["The #quot;metal#quot;"]']);
  });

  it('come with a text description naming the layers bottom-up and the boundary', () => {
    expect(describeStack(kvm)).toBe(
      'Layers from the hardware up: Server hardware with VT-x or AMD-V; Linux kernel with the kvm module; QEMU or another VMM (one process per VM); Guest kernel; Applications. ' +
        'The isolation boundary is enforced at: Guest kernel.',
    );
    expect(describeStack(kvm.map((l) => ({ ...l, boundary: false })))).toMatch(
      /No layer is marked as the isolation boundary\.$/,
    );
  });
});

describe('the stack schema', () => {
  it('accepts the README example and defaults boundary to false', () => {
    const parsed = stackSchema.parse(kvm);
    expect(parsed[0]!.boundary).toBe(false);
    expect(parsed[3]!.boundary).toBe(true);
  });

  it('rejects a stack that does not start at the hardware, and unknown layer kinds', () => {
    expect(stackSchema.safeParse([...kvm].reverse()).error?.issues[0]?.message).toMatch(
      /must start with the `hardware` layer/,
    );
    expect(
      stackSchema.safeParse([
        { layer: 'hardware', label: 'Metal' },
        { layer: 'kernel', label: 'Kernel' },
      ]).success,
    ).toBe(false);
  });
});

describe('technology stacks', () => {
  const root = fixturePath('diagram-technology-stack');

  it('are collected from the catalog, so `npm run diagrams` renders them for the technology pages', () => {
    const { specs, problems } = collectDiagrams(root);
    expect(problems).toEqual([]);
    expect(specs.map((s) => [s.id, s.file, s.line, s.generated])).toEqual([
      ['technology-kvm', 'content/data/technologies/kvm.yaml', 5, true],
    ]);
    expect(specs[0]!.source).toBe(stackToMermaid(kvm));
  });

  it('are reported by validation while they have no rendered SVG, at the `stack` key', () => {
    // The fixture's technologies are only what the stack check reads; the data checks' errors about them are not the subject here.
    const warnings = validateProject(root)
      .problems.filter((p) => p.severity === 'warning')
      .map(formatProblem);
    expect(warnings).toEqual([
      'content/data/technologies/kvm.yaml:5:1 warning: The stack "technology-kvm" has no rendered SVG in content/diagrams/.rendered/ yet; run `npm run diagrams` (needs Chromium) and commit the new files.',
    ]);
  });
});
