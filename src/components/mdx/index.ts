import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Link from './Link.astro';
import Table from './Table.astro';
import Pre from './Pre.astro';
import Img from './Img.astro';
import Cite from './Cite.astro';
import Diagram from './Diagram.astro';
import ComparisonTable from './ComparisonTable.astro';
import Measurements from './Measurements.astro';
import Term from './Term.astro';
import TaskLinks from './TaskLinks.astro';
import SpectrumChart from './SpectrumChart.astro';
import type { MdxComponentName } from '../../schemas/mdx-components.ts';

/**
 * Passed to `<Content components={...} />`: overrides for the HTML elements MDX produces, and the
 * components every page may use without importing them (see content/data/README.md).
 * The data components need `Astro.locals.page` (see src/model/page-context.ts).
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  h4: H4,
  a: Link,
  table: Table,
  pre: Pre,
  img: Img,
  Cite,
  ComparisonTable,
  Diagram,
  Measurements,
  SpectrumChart,
  Term,
  TaskLinks,
} satisfies Record<MdxComponentName, unknown> & Record<string, unknown>;
