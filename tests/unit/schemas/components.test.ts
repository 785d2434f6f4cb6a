import { describe, expect, it } from 'vitest';
import { attributesOf, mdxComponents } from '../../../src/schemas/components.ts';

describe('MDX component schemas', () => {
  it('give the validator each component’s required and optional attributes', () => {
    const table = Object.fromEntries(Object.entries(mdxComponents).map(([name, { props }]) => [name, attributesOf(props)]));
    expect(table).toEqual({
      Cite: { required: ['id'], optional: ['loc'] },
      ComparisonTable: { required: ['id'], optional: ['rows'] },
      Measurements: { required: [], optional: ['technology', 'metric'] },
      Term: { required: ['id'], optional: [] },
      SpectrumChart: { required: [], optional: [] },
      TaskLinks: { required: [], optional: [] },
    });
  });

  it('reject attributes a component does not take, as the validator does', () => {
    expect(mdxComponents.Cite.props.safeParse({ id: 'a', page: '3' }).success).toBe(false);
    expect(mdxComponents.Measurements.props.safeParse({ metric: 'boot-time' }).success).toBe(true);
    expect(mdxComponents.Measurements.props.safeParse({ metric: 'boot' }).success).toBe(false);
  });
});
