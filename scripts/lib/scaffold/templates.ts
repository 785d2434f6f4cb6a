/**
 * What `npm run new` writes: one function per kind of content, each returning the text of a new file
 * or of an entry to append. The values come from the command line; everything else is a valid
 * placeholder the contributor then rewrites. Kept free of file access so it can be tested directly.
 */
import { technologyKinds } from '../../../src/schemas/technology.ts';
import { placeholders } from '../../../src/validation/checks/placeholders.ts';

/** YAML scalar: plain when safe, double-quoted (JSON is valid YAML) otherwise. */
export function yamlString(value: string): string {
  return /^[A-Za-z0-9][\w ,.()/'-]*$/.test(value) && !/: |\s#/.test(value) ? value : JSON.stringify(value);
}

/** A URL slug from a title: lowercase words joined by single hyphens, at most six words. */
export function suggestSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
}

export function topicTemplate(o: {
  title: string;
  section: string;
  order: number;
  today: string;
  description?: string;
}): string {
  const description = o.description ?? `${o.title}${placeholders.description}`;
  return `---
title: ${yamlString(o.title)}
description: ${yamlString(description)}
section: ${o.section}
order: ${o.order}
updated: ${o.today}
---

${placeholders.opening} in two or three sentences, and cite a source for each claim a
reader could dispute, with \`<Cite id="source-id" />\` after the claim.

## Key points

- ${placeholders.keyPoint}
`;
}

export function sourceTemplate(o: {
  id: string;
  title: string;
  url: string;
  kind: string;
  publisher: string;
  today: string;
}): string {
  return `- id: ${o.id}
  title: ${yamlString(o.title)}
  publisher: ${yamlString(o.publisher)}
  url: ${o.url}
  accessed: ${o.today}
  kind: ${o.kind}
`;
}

type TechnologyKind = (typeof technologyKinds)[number];

/** A plausible starting stack and kernel per kind; the contributor corrects the labels. */
const shapes: Record<TechnologyKind, { kernel: string; boundary: string; layers: [string, string, boolean?][] }> = {
  hypervisor: {
    kernel: 'guest-kernel',
    boundary: 'hardware-virtualization',
    layers: [
      ['hardware', 'Server hardware'],
      ['hypervisor', 'The hypervisor', true],
      ['guest-kernel', 'Guest kernel'],
      ['app', 'Applications'],
    ],
  },
  vmm: {
    kernel: 'guest-kernel',
    boundary: 'hardware-virtualization',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Host kernel with KVM', true],
      ['vmm', 'The VMM'],
      ['guest-kernel', 'Guest kernel'],
      ['app', 'Applications'],
    ],
  },
  microvm: {
    kernel: 'guest-kernel',
    boundary: 'hardware-virtualization',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Host kernel with KVM', true],
      ['vmm', 'The microVM monitor'],
      ['guest-kernel', 'Guest kernel'],
      ['app', 'Application'],
    ],
  },
  'vm-isolated-runtime': {
    kernel: 'guest-kernel',
    boundary: 'hardware-virtualization',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Host kernel with KVM', true],
      ['vmm', 'Lightweight VM'],
      ['guest-kernel', 'Guest kernel'],
      ['app', 'Container'],
    ],
  },
  'container-engine': {
    kernel: 'shared-host-kernel',
    boundary: 'host-kernel',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Linux kernel', true],
      ['container-runtime', 'The engine and its runtime'],
      ['app', 'Containers'],
    ],
  },
  'container-runtime': {
    kernel: 'shared-host-kernel',
    boundary: 'host-kernel',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Linux kernel', true],
      ['container-runtime', 'The runtime'],
      ['app', 'Containers'],
    ],
  },
  'system-containers': {
    kernel: 'shared-host-kernel',
    boundary: 'host-kernel',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Linux kernel', true],
      ['container-runtime', 'The container manager'],
      ['app', 'System containers'],
    ],
  },
  'sandboxed-runtime': {
    kernel: 'user-space-kernel',
    boundary: 'user-space-kernel',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Linux kernel'],
      ['sandbox-kernel', 'User-space kernel', true],
      ['app', 'Container'],
    ],
  },
  unikernel: {
    kernel: 'library-os',
    boundary: 'hardware-virtualization',
    layers: [
      ['hardware', 'Server hardware'],
      ['hypervisor', 'Hypervisor', true],
      ['library-os', 'Library operating system'],
      ['app', 'Application'],
    ],
  },
  'wasm-runtime': {
    kernel: 'none',
    boundary: 'language-sandbox',
    layers: [
      ['hardware', 'Server hardware'],
      ['host-kernel', 'Host kernel'],
      ['wasm-runtime', 'The WebAssembly runtime', true],
      ['app', 'Wasm module'],
    ],
  },
};

export function technologyTemplate(o: { id: string; name: string; kind: TechnologyKind; source: string }): string {
  const shape = shapes[o.kind];
  const layers = shape.layers
    .map(
      ([layer, label, boundary]) =>
        `  - { layer: ${layer}, label: ${yamlString(label)}${boundary ? ', boundary: true' : ''} }`,
    )
    .join('\n');
  return `# yaml-language-server: $schema=../../../schemas/technology.schema.json
id: ${o.id}
name: ${yamlString(o.name)}
kind: ${o.kind}${o.kind === 'hypervisor' ? '\nhypervisorType: type-1' : ''}
summary: ${yamlString(`What ${o.name} is ${placeholders.summary}`)}
kernel: ${shape.kernel}
isolationBoundary:
  kind: ${shape.boundary}
  description: ${placeholders.boundary}
stack:
${layers}
sources: [${o.source}]
`;
}

export function diagramTemplate(o: { title: string }): string {
  return `---
title: ${yamlString(o.title)}
description: >-
  ${placeholders.diagram}, for readers who cannot see it: the boxes, from the
  bottom up, and what the arrows mean.
---
flowchart TB
  app["Application"] --> kernel["Kernel"]
  kernel --> hw["Hardware"]
  class app app
  class kernel hostKernel
  class hw hardware
`;
}

export function comparisonRowTemplate(o: { id: string; label: string; columns: string[]; source: string }): string {
  const cells = o.columns
    .map((c) => `      ${c}: { summary: Say how ${c} ${placeholders.cell}, sources: [${o.source}] }`)
    .join('\n');
  return `  - id: ${o.id}
    label: ${yamlString(o.label)}
    cells:
${cells}
`;
}

export const kinds = ['topic', 'source', 'technology', 'diagram', 'comparison-row'] as const;
export type ScaffoldKind = (typeof kinds)[number];
export { technologyKinds };
