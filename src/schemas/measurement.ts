import { z } from 'astro/zod';
import { dataId, pastYear, text } from './data-fields.ts';

/** What was measured. */
export const metrics = ['boot-time', 'start-time', 'memory-overhead', 'image-size', 'throughput', 'latency', 'density'] as const;
export type Metric = (typeof metrics)[number];

/** Units a value can be given in. */
export const units = ['ns', 'us', 'ms', 's', 'KiB', 'MiB', 'GiB', 'KB', 'MB', 'GB', 'percent', 'count', 'per-second'] as const;
export type Unit = (typeof units)[number];

/** How the value relates to the truth: exactly it, roughly it, or a limit. */
export const bounds = ['exact', 'about', 'at-most', 'at-least'] as const;

/**
 * What kind of number it is: `measured` (someone ran it and reports the result), `target` (a
 * specification's promise, which tests may or may not enforce) or `best-case` (a vendor's
 * "as little as" or "up to": the best result, not a typical one).
 */
export const measurementKinds = ['measured', 'target', 'best-case'] as const;
export type MeasurementKind = (typeof measurementKinds)[number];

/** Which way is better for each metric; a target is a ceiling for the first kind and a floor for the second. */
export const lowerIsBetter: Record<Metric, boolean> = {
  'boot-time': true,
  'start-time': true,
  'memory-overhead': true,
  'image-size': true,
  latency: true,
  throughput: false,
  density: false,
};

const kindMissing =
  'is required but missing; add `kind: measured` (with `by:` who measured), `kind: target` (with `enforced: true` or `false`) or `kind: best-case`';

/**
 * A measured number with its conditions (`content/data/measurements/*.yaml`, a list per file).
 * Numbers never travel without what was measured, on what, when, and who says so.
 */
export const measurementSchema = z
  .strictObject({
    /** Unique across all measurement files. Required. */
    id: dataId.describe('Unique across all measurement files.'),
    /** Id of the technology measured (content/data/technologies/). Required. */
    technology: dataId.describe('Technology id from content/data/technologies/.'),
    /** What was measured, one of `metrics`. Required. */
    metric: z.enum(metrics).describe('What was measured.'),
    /** The number. Required. */
    value: z.number().nonnegative().describe('The number.'),
    /** Unit of `value`, one of `units`. Required. */
    unit: z.enum(units).describe('Unit of value.'),
    /** exact, about, at-most or at-least. Default: exact. */
    bound: z.enum(bounds).default('exact').describe('How value relates to the truth. Default: exact.'),
    /** Exactly what the number covers, e.g. "from the InstanceStart API call to /sbin/init". Required. */
    what: text(200).describe('Exactly what the number covers.'),
    /** The conditions the number holds under. Required. */
    conditions: z
      .strictObject({
        /** Hardware, configuration and workload. Required. */
        setup: text(300).describe('Hardware, configuration and workload.'),
        /** Software versions measured. Optional. */
        versions: text(150).optional().describe('Software versions measured.'),
        /** Year it was measured or published. Required. */
        year: pastYear.describe('Year it was measured or published.'),
      })
      .describe('The conditions the number holds under.'),
    /** Id of the source that reports it. Required. */
    source: dataId.describe('Id of the source reporting the number.'),
    /** primary: we read it in the source; secondary: the source quotes someone else. Required. */
    reported: z.enum(['primary', 'secondary']).describe('primary: read in the source itself; secondary: quoted from elsewhere.'),
    /** measured, target or best-case (see `measurementKinds`). Required. */
    kind: z
      .enum(measurementKinds, { error: (issue) => (issue.input === undefined ? kindMissing : undefined) })
      .describe('measured (give `by`), target (give `enforced`) or best-case (a vendor\'s "as little as").'),
    /** Who ran the measurement: people, a team or an organisation. Required for `kind: measured`, not allowed otherwise. */
    by: text(150).optional().describe('Who measured it. Required when kind is measured.'),
    /** Whether the project's tests fail when the target is missed. Required for `kind: target`, not allowed otherwise. */
    enforced: z.boolean().optional().describe('Whether tests enforce the target. Required when kind is target.'),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string, input: unknown) => ctx.addIssue({ code: 'custom', path: [path], message, input });
    if (m.kind === 'measured' && m.by === undefined) issue('by', 'is required for a measured number; name who measured it (people, a team or an organisation)', undefined);
    if (m.kind !== 'measured' && m.by !== undefined) issue('by', `is only for \`kind: measured\`; remove it from this ${m.kind}`, m.by);
    if (m.kind === 'target' && m.enforced === undefined) issue('enforced', 'is required for a target; write `true` if the project\'s tests fail when it is missed, `false` otherwise', undefined);
    if (m.kind !== 'target' && m.enforced !== undefined) issue('enforced', `is only for \`kind: target\`; remove it from this ${m.kind}`, m.enforced);
    const lower = lowerIsBetter[m.metric];
    if (m.kind === 'target' && m.bound === (lower ? 'at-least' : 'at-most')) {
      issue('bound', `must not be ${m.bound} for a ${m.metric} target: ${lower ? 'lower' : 'higher'} is better, so a target is ${lower ? 'at-most (a ceiling)' : 'at-least (a floor)'}, about or exact`, m.bound);
    }
    if (m.kind === 'best-case' && (m.bound === 'at-most' || m.bound === 'at-least')) {
      issue('bound', 'must be exact or about for a best case: the value is the best result itself, and `kind: best-case` already says it is not typical', m.bound);
    }
  });

export const measurementsFileSchema = z.array(measurementSchema);

export type Measurement = z.infer<typeof measurementSchema>;
