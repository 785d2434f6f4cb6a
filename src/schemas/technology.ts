import { z } from 'astro/zod';
import { stackLayerSchema } from './stack.ts';
import { dataId, pastYear, text, webUrl } from './data-fields.ts';

/** What a technology is; `/technologies/` groups the catalog by it. */
export const technologyKinds = [
  'hypervisor',
  'vmm',
  'container-engine',
  'container-runtime',
  'system-containers',
  'sandboxed-runtime',
  'vm-isolated-runtime',
  'microvm',
  'unikernel',
  'wasm-runtime',
] as const;

/** Whose kernel the workload's system calls reach. */
export const kernelKinds = ['guest-kernel', 'shared-host-kernel', 'user-space-kernel', 'library-os', 'none'] as const;

/** What enforces the separation between a workload and its host. */
export const boundaryKinds = ['hardware-virtualization', 'host-kernel', 'user-space-kernel', 'language-sandbox'] as const;

/** The classic hypervisor classification; only meaningful for `kind: hypervisor`. */
export const hypervisorTypes = ['type-1', 'type-2', 'disputed'] as const;

/**
 * One technology of the catalog (`content/data/technologies/<id>.yaml`, one per file).
 * It gets a page at `/technologies/<id>/`; comparison tables and measurements refer to it by id.
 */
export const technologySchema = z
  .strictObject({
    /** Identifier and URL slug; must equal the file name without `.yaml`. Required. */
    id: dataId.describe('Identifier and URL slug; the same as the file name without .yaml.'),
    /** Short name as people write it ("KVM"). Required. */
    name: text(60).describe('Short name, e.g. "KVM".'),
    /** The expanded name when `name` is an abbreviation. Optional. */
    fullName: text(120).optional().describe('Expanded name when name is an abbreviation.'),
    /** What it is, one of `technologyKinds`. Required. */
    kind: z.enum(technologyKinds).describe('What the technology is.'),
    /** Type 1, type 2, or disputed. Required when `kind` is hypervisor, not allowed otherwise. */
    hypervisorType: z.enum(hypervisorTypes).optional().describe('Only for kind: hypervisor.'),
    /** One or two sentences: what it is and what it does. Required. */
    summary: text(400).describe('One or two sentences: what it is and what it does.'),
    /** Whose kernel the workload runs on, one of `kernelKinds`. Required. */
    kernel: z.enum(kernelKinds).describe('Whose kernel the workload runs on.'),
    /** Where isolation is enforced. Required. */
    isolationBoundary: z
      .strictObject({
        /** What enforces it, one of `boundaryKinds`. Required. */
        kind: z.enum(boundaryKinds).describe('What enforces the isolation.'),
        /** One or two sentences on where the boundary sits. Required. */
        description: text(400).describe('Where the boundary sits, in a sentence or two.'),
      })
      .describe('Where isolation is enforced.'),
    /** Layers from the hardware up; at least one marked `boundary: true`. Required, at least two layers. */
    stack: z.array(stackLayerSchema).min(2).describe('Layers from the hardware up; mark the isolation boundary with boundary: true.'),
    /** When it was first released. Optional. */
    firstRelease: z
      .strictObject({
        /** Year of the first public release. Required. */
        year: pastYear.describe('Year of the first public release.'),
        /** A few words of context, e.g. "Merged in Linux 2.6.20". Optional. */
        note: text(150).optional().describe('Context, e.g. "Merged in Linux 2.6.20".'),
      })
      .optional()
      .describe('First public release.'),
    /** The project's own home page: an absolute http(s) URL. Optional. */
    homepage: webUrl.optional().describe('The project home page, absolute http(s) URL.'),
    /** Ids of the sources that support the facts on its page. Required, at least one. */
    sources: z.array(dataId).min(1).describe('Source ids supporting the facts on this entry.'),
  })
  .superRefine((tech, ctx) => {
    if (tech.kind === 'hypervisor' && tech.hypervisorType === undefined) {
      ctx.addIssue({ code: 'custom', path: ['hypervisorType'], message: 'is required for a hypervisor; use type-1, type-2 or disputed', input: undefined });
    }
    if (tech.kind !== undefined && tech.kind !== 'hypervisor' && tech.hypervisorType !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['hypervisorType'], message: `applies only to hypervisors; remove it or change \`kind\` (now "${tech.kind}")`, input: tech.hypervisorType });
    }
    if (Array.isArray(tech.stack) && tech.stack.length > 0 && !tech.stack.some((layer) => layer?.boundary)) {
      ctx.addIssue({ code: 'custom', path: ['stack'], message: 'marks no layer as the isolation boundary; add `boundary: true` to the layer that enforces it', input: tech.stack });
    }
  });

export type Technology = z.infer<typeof technologySchema>;
export type TechnologyKind = Technology['kind'];
export type StackLayer = z.infer<typeof stackLayerSchema>;
