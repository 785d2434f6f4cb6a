import { z } from 'astro/zod';
import { metrics } from './measurement.ts';

/**
 * The attributes of the components authors write in MDX: one schema per component. Each component
 * types its `Props` from its schema, and `npm run validate` takes the attribute names, which are
 * required, and the example it suggests from `mdxComponents` below, so the three never disagree.
 */

/** `<Cite id="man-namespaces" loc="section 3.5" />`: a numbered citation of a source. */
export const citeProps = z.strictObject({
  id: z.string().describe('A source id from content/data/sources/.'),
  loc: z.string().optional().describe('Where in the source the claim is, e.g. "section 3.5" or "p. 12".'),
});

/** `<ComparisonTable id="containers-vs-vms" rows="a, b" />`: a table from content/data/comparisons/. */
export const comparisonTableProps = z.strictObject({
  id: z.string().describe('A table id: the file name in content/data/comparisons/ without .yaml.'),
  rows: z.string().optional().describe('Comma-separated row ids to show, in that order. Default: every row.'),
});

/** `<Measurements technology="firecracker" metric="boot-time" />`: measured numbers with their conditions. */
export const measurementsProps = z.strictObject({
  technology: z.string().optional().describe('Only measurements of this technology id.'),
  metric: z.enum(metrics).optional().describe('Only measurements of this metric.'),
});

/** `<Term id="namespace">namespaces</Term>`: a link to a glossary entry. */
export const termProps = z.strictObject({
  id: z.string().describe('A glossary id from content/data/glossary.yaml.'),
});

/** `<Diagram id="type-1-hypervisor" />`: the diagram in content/diagrams/<id>.mmd. */
export const diagramProps = z.strictObject({
  id: z.string().describe('The diagram file\'s name without `.mmd`.'),
});

/** `<SpectrumChart />`: the measured isolation spectrum, drawn from every start-time and memory measurement. */
export const spectrumChartProps = z.strictObject({});

/** `<TaskLinks />`: the home page's cards for the common questions; it takes no attributes. */
export const taskLinksProps = z.strictObject({});

export type CiteProps = z.input<typeof citeProps>;
export type ComparisonTableProps = z.input<typeof comparisonTableProps>;
export type MeasurementsProps = z.input<typeof measurementsProps>;
export type TermProps = z.input<typeof termProps>;
export type DiagramProps = z.input<typeof diagramProps>;

/** The data components whose attributes `npm run validate` checks, with the example its messages show. */
export const mdxComponents = {
  Cite: { props: citeProps, example: '<Cite id="man-namespaces" />' },
  ComparisonTable: { props: comparisonTableProps, example: '<ComparisonTable id="containers-vs-vms" />' },
  Measurements: { props: measurementsProps, example: '<Measurements technology="firecracker" />' },
  Term: { props: termProps, example: '<Term id="namespace">namespaces</Term>' },
  SpectrumChart: { props: spectrumChartProps, example: '<SpectrumChart />' },
  TaskLinks: { props: taskLinksProps, example: '<TaskLinks />' },
} as const;

/** The attribute names of a component schema, split into required and optional, in declaration order. */
export function attributesOf(props: z.ZodObject): { required: string[]; optional: string[] } {
  const entries = Object.entries(props.shape) as [string, z.ZodType][];
  return {
    required: entries.filter(([, schema]) => !schema.safeParse(undefined).success).map(([name]) => name),
    optional: entries.filter(([, schema]) => schema.safeParse(undefined).success).map(([name]) => name),
  };
}
