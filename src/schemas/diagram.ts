import { z } from 'astro/zod';
import { diagramIdPattern } from './data-fields.ts';
import { stackSchema } from './stack.ts';

const id = z.string().regex(diagramIdPattern, 'must be lowercase words joined by hyphens, starting with a letter');

/**
 * Frontmatter of a diagram file, `content/diagrams/<id>.mmd`. The Mermaid source follows the closing `---`.
 * Unknown keys are rejected so that a typo fails loudly.
 */
export const diagramFrontmatterSchema = z.strictObject({
  /** The diagram's accessible name, and the bold start of its visible caption. */
  title: z.string().trim().min(3).max(90),
  /**
   * What the diagram shows, in one or two sentences, for screen readers and for readers who cannot see
   * the image. Shown under the diagram in a "Text description" disclosure.
   */
  description: z.string().trim().min(40).max(600),
  /** Optional sentence shown after the title in the caption, e.g. what to notice. */
  caption: z.string().trim().min(3).max(300).optional(),
});
export type DiagramFrontmatter = z.infer<typeof diagramFrontmatterSchema>;

/** One conceptual stack in `content/diagrams/stacks.yaml`, drawn by `<StackDiagram>` on /stacks/. */
export const conceptualStackSchema = z.strictObject({
  /** Unique within the file; the diagram's ids on the page start with `stack-<id>`. */
  id,
  /** Heading and accessible name, e.g. "Type 1 hypervisor". */
  title: z.string().trim().min(3).max(60),
  /** One or two sentences saying what the stack shows, for screen readers and the text description. */
  description: z.string().trim().min(40).max(600),
  /** The layers, from the hardware up. */
  stack: stackSchema,
});
export type ConceptualStack = z.infer<typeof conceptualStackSchema>;

/** `content/diagrams/stacks.yaml`: a list of conceptual stacks, shown side by side in this order. */
export const stacksFileSchema = z.array(conceptualStackSchema).min(1);
