import { z } from 'astro/zod';

/**
 * A technology stack drawn as layers from the hardware up (content/data/README.md, "technologies").
 * The same shape is used by `content/diagrams/stacks.yaml` and by each technology's `stack`.
 */
export const stackLayerKinds = [
  'hardware',
  'firmware',
  'hypervisor',
  'host-kernel',
  'vmm',
  'guest-kernel',
  'sandbox-kernel',
  'container-runtime',
  'library-os',
  'wasm-runtime',
  'app',
] as const;
export type StackLayerKind = (typeof stackLayerKinds)[number];

export const stackLayerSchema = z.strictObject({
  /** What kind of layer this is; decides its look in every stack diagram. */
  layer: z.enum(stackLayerKinds).describe('Kind of layer.'),
  /** The words in the box, e.g. "Linux kernel with the kvm module". Keep it under ~50 characters so it fits. */
  label: z.string().trim().min(2).max(80).describe('What this layer is, in words that fit a diagram box (at most 80 characters).'),
  /** True where the isolation boundary is enforced; drawn with a thick dashed border and the word "boundary". Default: false. */
  boundary: z.boolean().default(false).describe('True on the layer that enforces isolation between workloads. Default: false.'),
});
export type StackLayer = z.input<typeof stackLayerSchema>;

/** Any list of layers that can be drawn; the technology catalog's own schema decides what else it requires. */
export const drawableStackSchema = z.array(stackLayerSchema).min(1).max(12);

/** Layers from the hardware up: the first entry is the bottom of the drawing. */
export const stackSchema = z
  .array(stackLayerSchema)
  .min(2)
  .max(10)
  .refine((layers) => layers[0]?.layer === 'hardware', { message: 'must start with the `hardware` layer: layers are listed from the hardware up' });
