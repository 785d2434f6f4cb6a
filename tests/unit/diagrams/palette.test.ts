import { describe, expect, it } from 'vitest';
import { classDefs, classNames, palettes, themeNames } from '../../../src/diagrams/palette.ts';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(themeNames)('the %s diagram palette', (theme) => {
  const palette = palettes[theme];
  const page = palette.themeVariables.background as string;

  it('has a style for every shared class', () => {
    expect(Object.keys(palette.swatches).sort()).toEqual([...classNames].sort());
  });

  it.each(classNames)('gives %s text at least 4.5:1 contrast on its fill', (name) => {
    const swatch = palette.swatches[name];
    expect(contrast(swatch.color, swatch.fill === 'none' ? page : swatch.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws borders, lines and the boundary with at least 3:1 contrast against the page', () => {
    const strokes = Object.values(palette.swatches)
      .map((s) => s.stroke)
      .filter((s) => s !== 'none');
    for (const colour of [
      ...strokes,
      palette.boundary,
      palette.themeVariables.lineColor as string,
      palette.themeVariables.clusterBorder as string,
    ]) {
      expect(contrast(colour, page), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses the page background of src/styles/global.css', () => {
    expect(page).toBe(theme === 'light' ? '#ffffff' : '#14181d');
  });

  it('marks the boundary with a thick dashed border, not by colour alone', () => {
    expect(classDefs(theme)).toMatch(/^classDef boundary .*stroke-width:3px,stroke-dasharray:8 4$/m);
  });
});
