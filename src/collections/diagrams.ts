/**
 * The one place components and pages get diagrams: figures built from the `diagrams` collection
 * (src/collections/diagram-loader.ts), which read the sources and the render cache once.
 */
import { getCollection } from 'astro:content';
import { diagramFigure, stackFigure, type DiagramFigureData, type StackFigureInput } from '../diagrams/embed.ts';
import { diagramFile, type ConceptualStack } from '../diagrams/source.ts';
import { stackToMermaid } from '../diagrams/stack.ts';
import type { DiagramEntry } from './diagram-loader.ts';

let cached: Promise<DiagramEntry[]> | undefined;

/** Every diagram, in collection order. Read once per build; on every request in dev. */
function getDiagramEntries(): Promise<DiagramEntry[]> {
  const read = async () =>
    (await getCollection('diagrams'))
      .map((entry) => entry.data as unknown as DiagramEntry)
      .sort((a, b) => a.order - b.order);
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}

/** `<Diagram id>`: the diagram in `content/diagrams/<id>.mmd`, as a figure. */
export async function getDiagramFigure(id: string): Promise<DiagramFigureData> {
  const file = diagramFile(id);
  const entry = (await getDiagramEntries()).find((e) => e.spec.file === file);
  if (!entry) {
    throw new Error(
      `<Diagram id="${id}"> names no diagram: ${file} does not exist or has errors (\`npm run validate\` lists them). Use the name of a file in content/diagrams/ without .mmd.`,
    );
  }
  return diagramFigure(entry.spec, entry.rendered, `dgm-${id}`);
}

/** Title and text description of every diagram file, by id (`content/diagrams/<id>.mmd`): for the Markdown copies. */
export async function getDiagramTexts(): Promise<Map<string, { title: string; description: string }>> {
  const texts = new Map<string, { title: string; description: string }>();
  for (const { spec } of await getDiagramEntries()) {
    const id = /^content\/diagrams\/(.+)\.mmd$/.exec(spec.file)?.[1];
    if (id) texts.set(id, { title: spec.title, description: spec.description });
  }
  return texts;
}

/**
 * The phone drawing of `<Diagram id>`, when `content/diagrams/<id>-narrow.mmd` exists: its SVGs, else
 * none. Pages show it instead of the wide drawing below 40rem.
 */
export async function getNarrowDiagramSvgs(id: string): Promise<DiagramFigureData['svgs']> {
  const file = diagramFile(`${id}-narrow`);
  const entry = (await getDiagramEntries()).find((e) => e.spec.file === file);
  return entry ? diagramFigure(entry.spec, entry.rendered, `dgm-${id}-narrow`).svgs : [];
}

/** A stack drawn from data, as a figure; the stack must be one the render cache knows (a conceptual or technology stack). */
export async function getStackFigure(input: StackFigureInput): Promise<DiagramFigureData> {
  const source = stackToMermaid(input.stack);
  const entry = (await getDiagramEntries()).find((e) => e.spec.source === source);
  return stackFigure(input, entry?.rendered ?? {});
}

/** The conceptual stacks of `content/diagrams/stacks.yaml`, in file order. */
export async function getConceptualStacks(): Promise<ConceptualStack[]> {
  return (await getDiagramEntries()).flatMap((e) => (e.stack ? [e.stack] : []));
}
