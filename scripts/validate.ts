/**
 * `npm run validate [-- --format text|json|github] [--root DIR]`
 * Checks all content (topic pages, content/data/ and the components pages use) without running Astro;
 * exits 1 when any error is found. Warnings are listed but do not fail.
 */
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';

// Cache compiled code between runs (about a third of the run time is compiling the YAML and Zod
// libraries); the project's modules are imported after the cache is on.
enableCompileCache();
const { formatProblems, summarize } = await import('../src/problems/problems.ts');
const { validateProject } = await import('../src/validation/validate.ts');
const { projectRoot } = await import('./lib/project.ts');
type ProblemFormat = import('../src/problems/problems.ts').ProblemFormat;

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'text' },
    root: { type: 'string', default: projectRoot },
  },
});
const format = values.format as ProblemFormat;
if (!['text', 'json', 'github'].includes(format)) {
  console.error(`Unknown --format "${values.format}"; use text, json or github.`);
  process.exit(2);
}

const started = performance.now();
const { problems, topics, data } = validateProject(values.root!);
const ms = Math.round(performance.now() - started);
const errors = problems.filter((p) => p.severity === 'error');

if (format === 'json') {
  console.log(formatProblems(problems, 'json'));
} else {
  if (problems.length) console.log(formatProblems(problems, format));
  const entries = Object.values(data).reduce((sum, list) => sum + list.length, 0);
  if (format === 'text')
    console.log(
      `${topics.length} topic pages and ${entries} data entries checked in ${ms} ms: ${summarize(problems)}.`,
    );
}
// exitCode, not process.exit(): output to a pipe is written asynchronously, and exiting at once cut
// a long JSON report short (npm run build reads it through a pipe).
process.exitCode = errors.length ? 1 : 0;
