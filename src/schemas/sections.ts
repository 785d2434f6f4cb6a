/**
 * The fixed, ordered list of sections a topic page can belong to.
 * The sidebar shows sections in this order; a topic's `section` must be one of these ids.
 * Adding a section is a deliberate change: add it here, with a label and a one-line blurb.
 */
export const sections = [
  { id: 'start', label: 'Start here', blurb: 'The short answer and how to read this guide.' },
  { id: 'concepts', label: 'Concepts', blurb: 'Virtualization, virtual machines, hypervisors and containers, from the ground up.' },
  { id: 'building-blocks', label: 'Building blocks', blurb: 'The kernel features, image formats and platforms containers are made of.' },
  { id: 'compare', label: 'Comparisons', blurb: 'Containers and VMs side by side, one characteristic at a time.' },
  { id: 'spectrum', label: 'Between the two', blurb: 'Sandboxed runtimes, microVMs, unikernels and WebAssembly.' },
  { id: 'practice', label: 'In practice', blurb: 'Security, the cloud, and choosing what to run.' },
  { id: 'reference', label: 'Reference', blurb: 'Technologies, glossary, sources and answers to common questions.' },
] as const;

export type SectionId = (typeof sections)[number]['id'];

export const sectionIds = sections.map((s) => s.id) as [SectionId, ...SectionId[]];

export function sectionLabel(id: SectionId): string {
  return sections.find((s) => s.id === id)?.label ?? id;
}
