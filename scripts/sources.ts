/**
 * `npm run sources [-- --max-age-months 12] [--format text|json] [--root DIR] [--today YYYY-MM-DD]`
 * Lists every source by the age of its last check, oldest first, and flags those checked longer ago
 * than the limit, with the pages and data entries whose claims rest on each. Always exits 0 (a report).
 */
import { parseArgs } from 'node:util';
import { dataSetOf } from '../src/collections/dataset.ts';
import { loadData } from '../src/collections/load-data.ts';
import { formatSourceAges, type SourceAgesFormat } from './lib/sources/format-source-ages.ts';
import { sourceAges } from './lib/sources/source-ages.ts';
import { readTopics } from '../src/validation/topics.ts';

const { values } = parseArgs({
  options: {
    'max-age-months': { type: 'string', default: '12' },
    format: { type: 'string', default: 'text' },
    root: { type: 'string', default: process.cwd() },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});
const maxAgeMonths = Number(values['max-age-months']);
const format = values.format as SourceAgesFormat;
if (!Number.isInteger(maxAgeMonths) || maxAgeMonths < 0) {
  console.error(`--max-age-months must be a whole number of months, not "${values['max-age-months']}".`);
  process.exit(2);
}
if (!['text', 'json'].includes(format)) {
  console.error(`Unknown --format "${values.format}"; use text or json.`);
  process.exit(2);
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today!)) {
  console.error(`--today must be a date written YYYY-MM-DD, not "${values.today}".`);
  process.exit(2);
}

const root = values.root!;
const { data } = loadData(root);
const topics = readTopics(root).topics.map((t) => ({ id: t.id, title: t.frontmatter?.title ?? t.id, body: t.body }));
const ages = sourceAges(data.sources, dataSetOf(data), topics, { today: values.today!, maxAgeMonths });
console.log(formatSourceAges(ages, { today: values.today!, maxAgeMonths, format }));
