import { attributesOf, mdxComponents } from '../../schemas/components.ts';
import { metrics } from '../../schemas/measurement.ts';
import { findComponentUses, type Attribute, type ComponentUse } from '../../problems/mdx-components.ts';
import { selectMeasurements } from '../../model/measurements.ts';
import type { Problem } from '../../problems/problems.ts';
import { closest } from '../../problems/messages.ts';
import type { DataSet } from '../../collections/dataset.ts';
import { unknownIdMessage } from '../../problems/unknown-id.ts';

/** The data components pages use, with the attributes each takes (from their schemas in src/schemas/components.ts). */
const componentAttributes: Record<string, { required: string[]; optional: string[]; example: string }> =
  Object.fromEntries(
    Object.entries(mdxComponents).map(([name, { props, example }]) => [name, { ...attributesOf(props), example }]),
  );

export const dataComponents = Object.keys(componentAttributes);

/** A page body to check: its project-relative file and the text with code blanked out, positions kept. */
export interface MdxPage {
  file: string;
  body: string;
}

type Report = (at: { line: number; column: number }, message: string, severity?: Problem['severity']) => void;

/** Attributes: known names, literal values, required ones present. Returns false when the use cannot be checked further. */
function checkAttributes(use: ComponentUse, report: Report): boolean {
  const spec = componentAttributes[use.name]!;
  const allowed = [...spec.required, ...spec.optional];
  if (!use.readable) {
    report(
      use,
      `This <${use.name}> tag could not be read; write it like ${spec.example}, with quoted attribute values.`,
    );
    return false;
  }
  let ok = true;
  for (const attribute of use.attributes) {
    if (use.name === 'Diagram' && allowed.includes(attribute.name)) continue;
    if (!allowed.includes(attribute.name)) {
      const suggestion = closest(attribute.name, allowed);
      report(
        attribute,
        `<${use.name}> has no attribute \`${attribute.name}\`; ${suggestion ? `did you mean \`${suggestion}\`?` : `it takes ${allowed.map((a) => `\`${a}\``).join(', ') || 'none'}.`}`,
      );
    } else if (attribute.value === undefined) {
      report(
        attribute,
        `Write \`${attribute.name}\` of <${use.name}> as a quoted string (${attribute.name}="..."), so it can be checked before the build.`,
      );
      ok = false;
    }
  }
  for (const name of spec.required) {
    if (!use.attributes.some((a) => a.name === name)) {
      report(
        use,
        `<${use.name}> needs ${/^[aeiou]/.test(name) ? 'an' : 'a'} \`${name}\` attribute, as in ${spec.example}.`,
      );
      ok = false;
    }
  }
  return ok;
}

const value = (use: ComponentUse, name: string): Attribute | undefined =>
  use.attributes.find((a) => a.name === name && a.value !== undefined);

/** `<Cite id>` and `<Term id>`: the id names a source or a glossary entry. */
function checkId(kind: 'source' | 'glossary entry', known: ReadonlyMap<string, unknown>) {
  return (use: ComponentUse, _data: DataSet, report: Report) => {
    const id = value(use, 'id');
    if (id && !known.has(id.value!)) report(id, unknownIdMessage(kind, id.value!, known.keys()));
  };
}

/** Each id of a `rows="a, b"` list with the column where it starts. */
function rowIdsAt(rows: Attribute): { id: string; line: number; column: number }[] {
  return [...rows.value!.matchAll(/[^,\s][^,]*/g)].map((m) => ({
    id: m[0].trim(),
    line: rows.line,
    column: rows.column + m.index,
  }));
}

/** `<ComparisonTable id rows?>`: the table exists and has every listed row. */
function checkComparisonTable(use: ComponentUse, data: DataSet, report: Report): void {
  const id = value(use, 'id');
  if (!id) return;
  const table = data.comparisons.get(id.value!);
  if (!table) {
    report(id, unknownIdMessage('comparison table', id.value!, data.comparisons.keys()));
    return;
  }
  const rows = value(use, 'rows');
  const rowIds = table.rows.map((r) => r.id);
  for (const row of rows ? rowIdsAt(rows) : []) {
    if (rowIds.includes(row.id)) continue;
    const suggestion = closest(row.id, rowIds);
    const advice = suggestion
      ? `did you mean "${suggestion}"?`
      : `use row ids from content/data/comparisons/${table.id}.yaml (${rowIds.join(', ')}).`;
    report(row, `Table "${table.id}" has no row "${row.id}"; ${advice}`);
  }
}

/** `<Measurements technology? metric?>`: known filters; a warning when they match nothing yet. */
function checkMeasurements(use: ComponentUse, data: DataSet, report: Report): void {
  const technology = value(use, 'technology');
  const metric = value(use, 'metric');
  const unknownTechnology = technology !== undefined && !data.technologies.has(technology.value!);
  const unknownMetric = metric !== undefined && !(metrics as readonly string[]).includes(metric.value!);
  if (unknownTechnology)
    report(technology, unknownIdMessage('technology', technology.value!, data.technologies.keys()));
  if (unknownMetric) {
    const suggestion = closest(metric.value!, metrics);
    report(
      metric,
      `"${metric.value}" is not a metric; ${suggestion ? `did you mean "${suggestion}"?` : `use one of: ${metrics.join(', ')}.`}`,
    );
  }
  if (
    !unknownTechnology &&
    !unknownMetric &&
    selectMeasurements(data.measurements, { technology: technology?.value, metric: metric?.value }).length === 0
  ) {
    report(
      use,
      'This <Measurements> table matches no measurement yet, so it renders empty; add measurements to content/data/measurements/ or change the filter.',
      'warning',
    );
  }
}

/** `<Cite>`, `<ComparisonTable>`, `<Measurements>` and `<Term>` in page bodies must name existing data. */
export function checkMdxReferences(pages: readonly MdxPage[], data: DataSet): Problem[] {
  const problems: Problem[] = [];
  const checks: Record<string, (use: ComponentUse, data: DataSet, report: Report) => void> = {
    Cite: checkId('source', data.sources),
    Term: checkId('glossary entry', data.glossary),
    ComparisonTable: checkComparisonTable,
    Measurements: checkMeasurements,
    Diagram: () => {},
    SpectrumChart: () => {},
    TaskLinks: () => {},
  };
  for (const page of pages) {
    const report: Report = (at, message, severity = 'error') =>
      problems.push({ file: page.file, line: at.line, column: at.column, severity, message });
    for (const use of findComponentUses(page.body, dataComponents)) {
      if (checkAttributes(use, report)) checks[use.name]!(use, data, report);
    }
  }
  return problems;
}
