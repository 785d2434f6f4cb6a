import type { SourceAge } from './source-ages.ts';

export type SourceAgesFormat = 'text' | 'json';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The report of `npm run sources`: one line per source, oldest check first; under each flagged
 * source, what rests on it. JSON carries the same fields for tools.
 */
export function formatSourceAges(
  ages: readonly SourceAge[],
  options: { today: string; maxAgeMonths: number; format: SourceAgesFormat },
): string {
  const stale = ages.filter((a) => a.stale);
  if (options.format === 'json') {
    return JSON.stringify(
      { today: options.today, maxAgeMonths: options.maxAgeMonths, stale: stale.length, sources: ages },
      null,
      2,
    );
  }
  const lines = ages.flatMap((a) => {
    const head = `${a.stale ? 'OLD' : 'ok '}  ${a.accessed}  ${plural(a.ageMonths, 'month').padEnd(10)}  ${a.id}  ${a.location}${a.revision ? `  (read: ${a.revision})` : ''}`;
    if (!a.stale) return [head];
    const rests = [...a.pages.map((p) => `page ${p.label} (${p.path})`), ...a.entries];
    return [head, ...(rests.length ? rests.map((r) => `       rests on it: ${r}`) : ['       nothing cites it'])];
  });
  const summary = `${plural(ages.length, 'source')}, ${plural(stale.length, 'source')} last checked more than ${plural(options.maxAgeMonths, 'month')} before ${options.today}.`;
  return [...lines, '', summary].join('\n');
}
