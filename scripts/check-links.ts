/**
 * `npm run check-links [-- --timeout-ms 15000] [--concurrency 8] [--root DIR]`
 * Requests every source URL and every external link in the topic pages, and prints the broken ones
 * as Markdown (a GitHub issue body). Exits 1 when any link is broken. Needs network access.
 */
import { parseArgs } from 'node:util';
import { loadData } from '../src/collections/load-data.ts';
import { brokenLinksMarkdown } from './lib/links/broken-links-report.ts';
import { checkUrls } from './lib/links/check-url.ts';
import { externalLinks } from './lib/links/external-links.ts';
import { readTopics } from '../src/validation/topics.ts';

const { values } = parseArgs({
  options: {
    'timeout-ms': { type: 'string', default: '15000' },
    concurrency: { type: 'string', default: '8' },
    root: { type: 'string', default: process.cwd() },
  },
});
const timeoutMs = Number(values['timeout-ms']);
const concurrency = Number(values.concurrency);
if (!(timeoutMs > 0) || !Number.isInteger(concurrency) || concurrency < 1) {
  console.error('--timeout-ms must be a positive number and --concurrency a whole number of at least 1.');
  process.exit(2);
}

const root = values.root!;
const links = externalLinks(loadData(root).data.sources, readTopics(root).topics);
const results = await checkUrls(
  links.map((l) => l.url),
  { timeoutMs, concurrency },
);
console.log(brokenLinksMarkdown(links, results, new Date().toISOString().slice(0, 10)));
process.exit(results.some((r) => !r.ok) ? 1 : 0);
