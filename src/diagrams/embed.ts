/**
 * What the diagram components show: a diagram's texts and its two cached SVGs, ready to inline.
 * Pure file reads; Mermaid never runs here. A missing render means the cache was not filled (the
 * build's render-diagrams integration normally does that first), so it fails with the fix.
 */
import { formatProblems } from '../problems/problems.ts';
import type { StackLayer } from '../schemas/stack.ts';
import { cacheKey, missingRendersMessage, readRendered, renderJobs } from './cache.ts';
import { themeNames, type ThemeName } from './palette.ts';
import { diagramFile, readDiagramFile, type DiagramSpec } from './source.ts';
import { stackToMermaid } from './stack.ts';
import { embedSvg } from './svg.ts';

export interface DiagramFigureData {
  title: string;
  description: string;
  caption?: string | undefined;
  /** One inline `<svg>` per theme, each with ids unique on the page and its own accessible name. */
  svgs: { theme: ThemeName; markup: string }[];
}

function figureData(root: string, spec: DiagramSpec, prefix: string): DiagramFigureData {
  const svgs = themeNames.map((theme) => {
    const cached = readRendered(root, spec.source, theme);
    if (!cached) throw new Error(missingRendersMessage(renderJobs([spec])));
    const markup = embedSvg(cached, { prefix: `${prefix}-${theme}`, title: spec.title, description: spec.description, className: `diagram-svg diagram-${theme}` });
    return { theme, markup };
  });
  return { title: spec.title, description: spec.description, caption: spec.caption, svgs };
}

/** The diagram in `content/diagrams/<id>.mmd`. */
export function loadDiagram(root: string, id: string): DiagramFigureData {
  const file = diagramFile(id);
  let read: ReturnType<typeof readDiagramFile>;
  try {
    read = readDiagramFile(root, file);
  } catch {
    throw new Error(`<Diagram id="${id}"> names no diagram: ${file} does not exist. Use the name of a file in content/diagrams/ without .mmd.`);
  }
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (!read.spec || errors.length) throw new Error(`${formatProblems(errors)}\nFix the diagram; \`npm run validate\` lists the problems.`);
  return figureData(root, read.spec, `dgm-${id}`);
}

export interface StackFigureInput {
  stack: readonly StackLayer[];
  title: string;
  description: string;
  /** Makes the SVG ids readable (`stack-<id>-light-...`); defaults to a hash of the stack. */
  id?: string | undefined;
  /** Named in the error when the stack has not been rendered yet. */
  file?: string | undefined;
}

/** A stack diagram generated from data (a conceptual stack or a technology's `stack`). */
export function loadStackDiagram(root: string, input: StackFigureInput): DiagramFigureData {
  const source = stackToMermaid(input.stack);
  const id = input.id ?? cacheKey(source, 'light').slice(0, 10);
  const spec: DiagramSpec = { id: `stack-${id}`, file: input.file ?? `the stack passed to <StackDiagram title="${input.title}">`, line: 1, title: input.title, description: input.description, source, generated: true };
  return figureData(root, spec, `stack-${id}`);
}
