import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Link from './Link.astro';
import Table from './Table.astro';
import Diagram from '../Diagram.astro';

/** Overrides for the HTML elements MDX produces, and the components topic pages use without importing them; passed to `<Content components={...} />`. */
export const mdxComponents = { h2: H2, h3: H3, h4: H4, a: Link, table: Table, Diagram };
