import { z } from 'astro/zod';

/**
 * Field types shared by the data schemas (`content/data/`): ids, dates, web links.
 * Each carries the sentence a contributor sees when the value is wrong (phrased "must ...").
 */

/** Lowercase words joined by single hyphens: `kata-containers`, `ms-containers-vs-vm`. */
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Diagram ids also start with a letter: they become part of SVG element ids. */
export const diagramIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const dataId = z.string().regex(idPattern, 'must be lowercase letters and digits in words joined by single hyphens, such as `kata-containers`');

/**
 * Today's date as YYYY-MM-DD in the time zone where the day starts first (UTC+14), so a date a
 * contributor writes as "today" anywhere on Earth is never reported as being in the future.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * True when a calendar date is not after `latestToday()`. A YYYY-MM-DD date read as a `Date` (as page
 * frontmatter is) stands for UTC midnight of that day, so its UTC day is the day the author wrote.
 */
export function notAfterToday(date: Date | string): boolean {
  const day = typeof date === 'string' ? date : date.toISOString().slice(0, 10);
  return day <= latestToday();
}

/** A calendar date written YYYY-MM-DD that is not after today. `advice` says what the date should be. */
export function pastDate(advice: string) {
  // A date that is not a real date gets its own error only, not "in the future" on top.
  return z.iso.date().refine((d) => !z.regexes.date.test(d) || notAfterToday(d), { message: `must not be in the future; ${advice}` });
}

/**
 * A calendar date that YAML may have read as a string or as a Date: a real day (not 2026-02-30) that
 * is not after today, returned as a Date at UTC midnight. Some YAML readers roll impossible dates
 * over to the next month; `npm run validate` reads the text itself, so those are reported there.
 */
export function pastCalendarDate(advice: string) {
  return z
    .preprocess((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value), pastDate(advice))
    .transform((day) => new Date(`${day}T00:00:00Z`));
}

/** A year between 1950 and the current year. */
export const pastYear = z
  .number()
  .int()
  .min(1950)
  .refine((y) => y <= Number(latestToday().slice(0, 4)), { message: 'must not be in the future' });

/** An absolute http(s) URL with a real host name (`https://example.org/page`). */
export const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** A short piece of prose shown on the site: trimmed, not empty. */
export const text = (max: number) => z.string().trim().min(1).max(max);
