/**
 * `npm run new -- <kind> "Title" [options]`: write a new page, source, technology, diagram or
 * comparison row with its frontmatter or fields filled in, then validate it. Never asks questions
 * and never overwrites: a name that is taken is an error. `--root DIR` works on another checkout.
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/problems/problems.ts';
import { applyScaffold, problemsIn } from './lib/scaffold/apply.ts';
import { planScaffold, ScaffoldError, type ScaffoldOptions } from './lib/scaffold/plan.ts';
import { kinds, type ScaffoldKind } from './lib/scaffold/templates.ts';

const usage = `Usage: npm run new -- <kind> "Title" [options]

  topic "Title" --section <id> [--order N] [--description "..."]
  source "Title" --url https://... --file <sources file> [--kind docs] [--publisher "..."]
  technology "Name" --kind <kind> --source <source id>
  diagram "Title"
  comparison-row "Row label" --table <table id> --source <source id>

Every kind takes --slug <id> to choose the id or file name instead of the one made from the title.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    section: { type: 'string' },
    order: { type: 'string' },
    description: { type: 'string' },
    url: { type: 'string' },
    kind: { type: 'string' },
    publisher: { type: 'string' },
    file: { type: 'string' },
    source: { type: 'string' },
    table: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
    help: { type: 'boolean' },
  },
});

const [kind, title = ''] = positionals;
if (values.help || !kind) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}
if (!(kinds as readonly string[]).includes(kind)) {
  console.error(`Unknown kind "${kind}"; use one of: ${kinds.join(', ')}.\n\n${usage}`);
  process.exit(2);
}

const root = values.root!;
try {
  const plan = planScaffold(
    root,
    kind as ScaffoldKind,
    title,
    values as ScaffoldOptions,
    new Date().toISOString().slice(0, 10),
  );
  applyScaffold(root, plan);
  const named = plan.slugSuggested
    ? ` (id "${plan.slug}", made from the title; pass --slug to choose another)`
    : ` (id "${plan.slug}")`;
  console.log(`${plan.mode === 'create' ? 'Wrote' : 'Added to'} ${plan.file}${named}.`);
  const problems = problemsIn(root, plan.file);
  if (problems.length) console.log(`\n${problems.map(formatProblem).join('\n')}`);
  else console.log(`npm run validate finds no problem in ${plan.file}.`);
  console.log(`\nNext:\n${plan.next.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
