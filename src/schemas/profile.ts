import { z } from 'astro/zod';
import { dataId, text } from './data-fields.ts';

/**
 * What the compare tool shows about one technology beyond its catalog entry
 * (`content/data/profiles/<technology id>.yaml`, one per file). Every fact is optional: a
 * technology without one shows "not in our sources" rather than a guess.
 */

/** yes, no, or partly (with conditions the summary names). */
export const profileAnswers = ['yes', 'no', 'partly'] as const;

export const profileFactSchema = z.strictObject({
  /** The short answer. Required. */
  answer: z.enum(profileAnswers).describe('yes, no or partly.'),
  /** One sentence with the conditions. Required. */
  summary: text(300).describe('One sentence with the conditions.'),
  /** Source ids that say it; at least one. Required. */
  sources: z.array(dataId).min(1).describe('Source ids that say it (at least one).'),
});

/** The facts, in the order the compare table shows them. */
export const profileFacts = ['hardwareVirtualization', 'nestedVirtualization', 'kubernetes', 'gpu', 'ociImages', 'production'] as const;
export type ProfileFact = (typeof profileFacts)[number];

export const profileSchema = z.strictObject({
  /** A technology id; the file is named after it. Required. */
  id: dataId.describe('Technology id from content/data/technologies/; the same as the file name.'),
  /** Does it need the CPU's virtualization extensions (KVM, Hyper-V) on the host? */
  hardwareVirtualization: profileFactSchema.optional().describe('Needs hardware virtualization (KVM or another hypervisor) on the host.'),
  /** Does it run inside an ordinary cloud VM that offers no nested virtualization? */
  nestedVirtualization: profileFactSchema.optional().describe('Runs inside a cloud VM without nested virtualization.'),
  /** Can Kubernetes run pods with it? */
  kubernetes: profileFactSchema.optional().describe('Kubernetes can run pods with it.'),
  /** Can workloads use GPUs? */
  gpu: profileFactSchema.optional().describe('Workloads can use GPUs.'),
  /** Does it run OCI (Docker) images as they are? */
  ociImages: profileFactSchema.optional().describe('Runs OCI container images as they are.'),
  /** Where it runs in production, as a sign of maturity. */
  production: profileFactSchema.optional().describe('Where it runs in production, as a sign of maturity.'),
});

export type Profile = z.infer<typeof profileSchema>;

/** A pair people often compare, with a short verdict (`content/data/pairs.yaml`, a list). */
export const pairSchema = z.strictObject({
  /** URL slug: `/compare/<id>/`. Required. */
  id: dataId.describe('URL slug under /compare/.'),
  /** The two technologies compared (catalog ids). Required. */
  technologies: z.array(dataId).length(2).describe('Exactly two technology ids.'),
  /** Page heading, e.g. "gVisor vs Kata Containers". Required. */
  title: text(100).describe('Page heading.'),
  /** A short verdict: when to pick which, each sentence sourced. Required, at least one. */
  verdict: z.array(z.strictObject({ text: text(400), sources: z.array(dataId).min(1) })).min(1).describe('Sentences of the verdict, each with sources.'),
});

export type Pair = z.infer<typeof pairSchema>;
