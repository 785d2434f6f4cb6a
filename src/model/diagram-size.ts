/**
 * How narrow a diagram may be drawn before its labels become too small to read. Diagrams are SVGs
 * that scale with the column; on a phone that shrank labels to 5-8 px. Given the SVG's natural width
 * and its smallest font size, this is the width at which the smallest label is still `minTextPx`:
 * below it the figure keeps that width and scrolls sideways instead of shrinking further.
 */
export const minTextPx = 12;

export function diagramMinWidth(svgMarkup: string, minText = minTextPx): number | undefined {
  const width = Number(svgMarkup.match(/<svg\b[^>]*?\swidth="([\d.]+)"/)?.[1]);
  if (!Number.isFinite(width) || width <= 0) return undefined;
  const sizes = [...svgMarkup.matchAll(/font-size[:=]\s*"?([\d.]+)px/g)].map((m) => Number(m[1])).filter((n) => n > 0);
  const smallest = sizes.length > 0 ? Math.min(...sizes) : 16;
  return Math.min(width, Math.ceil((width * minText) / smallest));
}
