import { describe, expect, it } from 'vitest';
import { diagramMinWidth } from '../../../src/model/diagram-size.ts';

describe('the narrowest a diagram may be drawn', () => {
  it('keeps the smallest label at 12 px', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 900 300" width="900" height="300"><style>#a{font-size:15px}#a .small{font-size:10px}</style></svg>';
    expect(diagramMinWidth(svg)).toBe(900);
    expect(diagramMinWidth(svg.replace('font-size:10px', 'font-size:15px'))).toBe(720);
  });

  it('assumes 16 px text when the SVG names no size, and gives up without a width', () => {
    expect(diagramMinWidth('<svg width="400" height="100"></svg>')).toBe(300);
    expect(diagramMinWidth('<svg viewBox="0 0 10 10"></svg>')).toBeUndefined();
  });
});
