/**
 * What the diagram components show: a diagram's texts and its two cached SVGs, ready to inline.
 * No file reads and no Mermaid here: the SVGs come from the `diagrams` collection
 * (src/collections/diagrams.ts). A missing render means the cache was not filled (the build's
 * render-diagrams integration normally does that first), so it fails with the fix.
 */
import type { StackLayer } from '../schemas/stack.ts';
import { cacheKey, missingRendersMessage, renderJobs } from './cache.ts';
import { themeNames, type ThemeName } from './palette.ts';
import type { DiagramSpec } from './source.ts';
import { stackToMermaid } from './stack.ts';
import { embedSvg } from './svg.ts';

export interface DiagramFigureData {
  title: string;
  description: string;
  caption?: string | undefined;
  /** One inline `<svg>` per theme, each with ids unique on the page and its own accessible name. */
  svgs: { theme: ThemeName; markup: string }[];
}

/** The cached SVG of a diagram per theme; a theme is missing when it has not been rendered yet. */
export type RenderedSvgs = Partial<Record<ThemeName, string>>;

/** A diagram's figure, with SVG ids prefixed by `prefix` so that they stay unique on the page. */
export function diagramFigure(spec: DiagramSpec, rendered: RenderedSvgs, prefix: string): DiagramFigureData {
  const svgs = themeNames.map((theme) => {
    const cached = rendered[theme];
    if (!cached) throw new Error(missingRendersMessage(renderJobs([spec])));
    const markup = embedSvg(cached, {
      prefix: `${prefix}-${theme}`,
      title: spec.title,
      description: spec.description,
      className: `diagram-svg diagram-${theme}`,
    });
    return { theme, markup };
  });
  return { title: spec.title, description: spec.description, caption: spec.caption, svgs };
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
export function stackFigure(input: StackFigureInput, rendered: RenderedSvgs): DiagramFigureData {
  const source = stackToMermaid(input.stack);
  const id = input.id ?? cacheKey(source, 'light').slice(0, 10);
  const spec: DiagramSpec = {
    id: `stack-${id}`,
    file: input.file ?? `the stack passed to <StackDiagram title="${input.title}">`,
    line: 1,
    title: input.title,
    description: input.description,
    source,
    generated: true,
  };
  return diagramFigure(spec, rendered, `stack-${id}`);
}
