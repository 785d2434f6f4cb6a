/**
 * Deciding what `npm run new` writes and where, without writing anything: the slug, the file, and
 * whether it would overwrite something (it never does). Errors are sentences for the terminal.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sectionIds } from '../../../src/schemas/sections.ts';
import { sourceKinds } from '../../../src/schemas/source.ts';
import { idPattern } from '../../../src/schemas/data-fields.ts';
import { normalizeText } from '../../../src/tooling/read-text.ts';
import {
  comparisonRowTemplate,
  diagramTemplate,
  sourceTemplate,
  suggestSlug,
  technologyKinds,
  technologyTemplate,
  topicTemplate,
  type ScaffoldKind,
} from './templates.ts';

export class ScaffoldError extends Error {}

export interface ScaffoldOptions {
  slug?: string;
  section?: string;
  order?: string;
  description?: string;
  url?: string;
  kind?: string;
  publisher?: string;
  file?: string;
  source?: string;
  table?: string;
}

export interface ScaffoldPlan {
  /** Project-relative file to create or to add to. */
  file: string;
  /** `create`: a new file with `text`; `insert`: `text` goes into the existing file at `offset`. */
  mode: 'create' | 'insert';
  text: string;
  offset?: number;
  /** The id or slug used, and whether it was derived from the title. */
  slug: string;
  slugSuggested: boolean;
  /** What the contributor does next. */
  next: string[];
}

const fail = (message: string): never => {
  throw new ScaffoldError(message);
};

const oneOf = (what: string, value: string | undefined, allowed: readonly string[], flag: string): string => {
  if (value === undefined) fail(`Give ${what} with ${flag} <${allowed.join('|')}>.`);
  if (!allowed.includes(value!)) fail(`${flag} must be one of: ${allowed.join(', ')} (got "${value}").`);
  return value!;
};

function slugFor(title: string, explicit: string | undefined): { slug: string; suggested: boolean } {
  const slug = explicit ?? suggestSlug(title);
  if (!idPattern.test(slug))
    fail(
      `"${slug}" cannot be an id or a file name; pass --slug with lowercase words joined by hyphens, such as --slug seccomp-profiles.`,
    );
  return { slug, suggested: explicit === undefined };
}

const read = (root: string, file: string) => normalizeText(readFileSync(join(root, file), 'utf8'));
const list = (root: string, dir: string, ext: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length))
        .sort()
    : [];

function refuseExisting(root: string, file: string): void {
  if (existsSync(join(root, file)))
    fail(`${file} already exists; nothing was written. Choose another name with --slug, or edit the existing file.`);
}

/** Ids already used by sources, across all source files. */
function sourceIds(root: string): Set<string> {
  const dir = 'content/data/sources';
  return new Set(
    list(root, dir, '.yaml').flatMap((f) =>
      ((parse(read(root, `${dir}/${f}.yaml`)) as { id?: string }[] | null) ?? []).map((s) => s?.id ?? ''),
    ),
  );
}

function requireSource(root: string, source: string | undefined): string {
  if (!source)
    fail(
      'Give the id of the source that supports it with --source <source-id> (add the source first with `npm run new -- source ...`).',
    );
  if (!sourceIds(root).has(source!))
    fail(
      `No source has the id "${source}"; add it first with \`npm run new -- source "Title" --url https://... --file <file>\`, or correct the id.`,
    );
  return source!;
}

/** Next free order in a section: ten after the highest used, so pages can be slotted in between later. */
function nextOrder(root: string, section: string): number {
  const orders = list(root, 'content/topics', '.mdx').flatMap((id) => {
    const text = read(root, `content/topics/${id}.mdx`);
    const sectionMatch = /^section:\s*(\S+)/m.exec(text);
    const orderMatch = /^order:\s*(\d+)/m.exec(text);
    return sectionMatch?.[1] === section && orderMatch ? [Number(orderMatch[1])] : [];
  });
  return orders.length ? Math.min(999, Math.max(...orders) + 10) : 10;
}

export function planScaffold(
  root: string,
  kind: ScaffoldKind,
  title: string,
  o: ScaffoldOptions,
  today: string,
): ScaffoldPlan {
  if (!title.trim())
    fail(
      `Give the ${kind === 'technology' ? 'name' : kind === 'comparison-row' ? 'row label' : 'title'} in quotes, as in: npm run new -- ${kind} "Seccomp profiles"`,
    );
  const { slug, suggested } = slugFor(title, o.slug);
  switch (kind) {
    case 'topic': {
      const section = oneOf('the section', o.section, sectionIds, '--section');
      const file = `content/topics/${slug}.mdx`;
      refuseExisting(root, file);
      const order = o.order !== undefined ? Number(o.order) : nextOrder(root, section);
      if (!Number.isInteger(order) || order < 0 || order > 999)
        fail(`--order must be a whole number from 0 to 999 (got "${o.order}").`);
      return {
        file,
        mode: 'create',
        slug,
        slugSuggested: suggested,
        text: topicTemplate({ title, section, order, today, description: o.description }),
        next: [
          `Write the page in ${file}${o.description ? '' : ' and replace the placeholder description'}.`,
          `It is served at /${slug}/; look at it with \`npm run dev\`.`,
        ],
      };
    }
    case 'source': {
      const files = list(root, 'content/data/sources', '.yaml');
      const target = oneOf('the source file to add it to', o.file, files, '--file');
      if (!o.url) fail('Give the address with --url https://...');
      if (sourceIds(root).has(slug))
        fail(`A source with the id "${slug}" already exists; nothing was written. Choose another id with --slug.`);
      const sourceKind = oneOf('the kind of source', o.kind ?? 'docs', sourceKinds, '--kind');
      const publisher = o.publisher ?? new URL(o.url!).hostname.replace(/^www\./, '');
      const file = `content/data/sources/${target}.yaml`;
      const existing = read(root, file);
      return {
        file,
        mode: 'insert',
        offset: existing.length,
        slug,
        slugSuggested: suggested,
        text: `${existing.endsWith('\n') || existing === '' ? '' : '\n'}${sourceTemplate({ id: slug, title, url: o.url!, kind: sourceKind, publisher, today })}`,
        next: [
          `Check the title and publisher in ${file}, and add \`revision:\` saying what exactly you read.`,
          `Cite it in a page with <Cite id="${slug}" />.`,
        ],
      };
    }
    case 'technology': {
      const techKind = oneOf(
        'the kind of technology',
        o.kind,
        technologyKinds,
        '--kind',
      ) as (typeof technologyKinds)[number];
      const source = requireSource(root, o.source);
      const file = `content/data/technologies/${slug}.yaml`;
      refuseExisting(root, file);
      return {
        file,
        mode: 'create',
        slug,
        slugSuggested: suggested,
        text: technologyTemplate({ id: slug, name: title, kind: techKind, source }),
        next: [
          `Fill in the summary, the boundary and the stack labels in ${file}.`,
          'Its stack is a diagram: run `npm run diagrams` (needs Chromium) and commit content/diagrams/.rendered/.',
          `Its page is /technologies/${slug}/.`,
        ],
      };
    }
    case 'diagram': {
      const file = `content/diagrams/${slug}.mmd`;
      refuseExisting(root, file);
      return {
        file,
        mode: 'create',
        slug,
        slugSuggested: suggested,
        text: diagramTemplate({ title }),
        next: [
          `Draw it in ${file} (classes are listed in content/diagrams/README.md).`,
          `Show it in a page with <Diagram id="${slug}" />.`,
          'Render it with `npm run diagrams` (needs Chromium) and commit content/diagrams/.rendered/.',
        ],
      };
    }
    case 'comparison-row': {
      const tables = list(root, 'content/data/comparisons', '.yaml');
      const table = oneOf('the table', o.table, tables, '--table');
      const source = requireSource(root, o.source);
      const file = `content/data/comparisons/${table}.yaml`;
      const text = read(root, file);
      const data = parse(text) as { columns: { id: string }[]; rows: { id: string }[] };
      if (data.rows.some((r) => r.id === slug))
        fail(`Table "${table}" already has a row "${slug}"; nothing was written. Choose another id with --slug.`);
      // Rows are the block under `rows:`; the new row goes at its end, before any later top-level key.
      const rowsAt = text.search(/^rows:/m);
      if (rowsAt < 0) fail(`${file} has no \`rows:\` block to add to.`);
      const nextKey = text.slice(rowsAt + 5).search(/^\S/m);
      const offset = nextKey < 0 ? text.length : rowsAt + 5 + nextKey;
      return {
        file,
        mode: 'insert',
        offset,
        slug,
        slugSuggested: suggested,
        text: `${text.slice(0, offset).endsWith('\n') ? '' : '\n'}${comparisonRowTemplate({ id: slug, label: title, columns: data.columns.map((c) => c.id), source })}`,
        next: [
          `Write each cell's summary in ${file}.`,
          `Show the row on a page: <ComparisonTable id="${table}" rows="${slug}" /> (or add it to an existing rows="..." list).`,
        ],
      };
    }
  }
}
