/**
 * Stack diagrams generated from data: a technology's `stack` (layers from the hardware up) becomes
 * Mermaid `block-beta` source, drawn in the shared visual language of palette.ts. The result goes
 * through the same renderer and cache as the hand-drawn diagrams.
 */
import type { StackLayer, StackLayerKind } from '../schemas/stack.ts';
import type { ClassName } from './palette.ts';

/** The look of each layer kind: kinds that play the same role share a class. */
export const layerClass: Record<StackLayerKind, ClassName> = {
  hardware: 'hardware',
  firmware: 'firmware',
  hypervisor: 'hypervisor',
  'host-kernel': 'hostKernel',
  vmm: 'vmm',
  'guest-kernel': 'guestKernel',
  'sandbox-kernel': 'sandboxKernel',
  'container-runtime': 'runtime',
  'library-os': 'libraryOs',
  'wasm-runtime': 'runtime',
  app: 'app',
};

/** A label as Mermaid block text: quotes and angle brackets become Mermaid's entity codes. */
function blockText(label: string): string {
  return label.replace(/\s+/g, ' ').trim().replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/**
 * Mermaid source for a stack, hardware at the bottom. Every layer spans the full width; a boundary
 * layer gets the `boundary` class (thick dashed border), which the figure's legend names, so the
 * layer's own words stay one label.
 */
export function stackToMermaid(stack: readonly StackLayer[]): string {
  if (stack.length === 0) throw new Error('A stack needs at least one layer.');
  const top = [...stack.entries()].reverse();
  const lines = ['block-beta', '  columns 1'];
  for (const [index, layer] of top) {
    lines.push(`  layer${index}["${blockText(layer.label)}"]`);
  }
  for (const [index, layer] of top) {
    lines.push(`  class layer${index} ${layerClass[layer.layer]}`);
    if (layer.boundary) lines.push(`  class layer${index} boundary`);
  }
  return `${lines.join('\n')}\n`;
}

/** A sentence for readers who cannot see the drawing: the layers bottom-up and where the boundary is. */
export function describeStack(stack: readonly StackLayer[]): string {
  const layers = stack.map((layer) => layer.label.replace(/\s+/g, ' ').trim().replace(/\.$/, ''));
  const boundaries = stack.filter((layer) => layer.boundary).map((layer) => layer.label.replace(/\.$/, ''));
  const where =
    boundaries.length === 0
      ? 'No layer is marked as the isolation boundary.'
      : `The isolation boundary is enforced at: ${boundaries.join('; ')}.`;
  return `Layers from the hardware up: ${layers.join('; ')}. ${where}`;
}
