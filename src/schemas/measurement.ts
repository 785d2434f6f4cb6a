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
 * A measured number with its conditions (`content/data/measurements/*.yaml`, a list per file).
 * Numbers never travel without what was measured, on what, when, and who says so.
 */
export const measurementSchema = z.strictObject({
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
});

export const measurementsFileSchema = z.array(measurementSchema);

export type Measurement = z.infer<typeof measurementSchema>;
