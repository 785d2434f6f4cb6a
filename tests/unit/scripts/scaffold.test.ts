import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/problems/problems.ts';
import { applyScaffold, problemsIn } from '../../../scripts/lib/scaffold/apply.ts';
import { planScaffold, ScaffoldError, type ScaffoldOptions } from '../../../scripts/lib/scaffold/plan.ts';
import { suggestSlug, type ScaffoldKind } from '../../../scripts/lib/scaffold/templates.ts';
import { fixturePath, projectRoot } from '../../support/paths.ts';

const placeholder = (at: string) =>
  `${at} warning: This is placeholder text from \`npm run new\`; replace it, and any other placeholder in this file, with your own words.`;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync(fixturePath('good'), root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const today = '2026-11-30';
function scaffold(kind: ScaffoldKind, title: string, options: ScaffoldOptions = {}) {
  const plan = planScaffold(root, kind, title, options, today);
  applyScaffold(root, plan);
  return { plan, problems: problemsIn(root, plan.file).map(formatProblem) };
}

describe('npm run new', () => {
  it('suggests a slug from the title: lowercase words joined by hyphens, accents and punctuation dropped', () => {
    expect(suggestSlug('Seccomp profiles')).toBe('seccomp-profiles');
    expect(suggestSlug('  Kata Containers: VMs that feel like containers! ')).toBe(
      'kata-containers-vms-that-feel-like',
    );
    expect(suggestSlug('Hyper-V & Windows Server Containers')).toBe('hyper-v-windows-server-containers');
    expect(suggestSlug('Crème brûlée')).toBe('creme-brulee');
  });

  it('writes a topic page that validates, with the next free order in its section and today as updated', () => {
    const { plan, problems } = scaffold('topic', 'Seccomp profiles', { section: 'concepts' });
    expect(plan.file).toBe('content/topics/seccomp-profiles.mdx');
    expect(plan.slugSuggested).toBe(true);
    expect(problems).toEqual([placeholder('content/topics/seccomp-profiles.mdx:3:31')]);
    const text = readFileSync(join(root, plan.file), 'utf8');
    expect(text).toContain('title: Seccomp profiles\n');
    expect(text).toContain('section: concepts\norder: 11\nupdated: 2026-11-30\n');
  });

  it('writes a source entry that validates (only "not cited yet" remains)', () => {
    const { plan, problems } = scaffold('source', 'Seccomp BPF', {
      url: 'https://docs.kernel.org/userspace-api/seccomp_filter.html',
      file: 'main',
      slug: 'kernel-seccomp',
    });
    expect(plan.file).toBe('content/data/sources/main.yaml');
    expect(problems).toEqual([
      'content/data/sources/main.yaml:16:7 warning: Source "kernel-seccomp" is not cited anywhere; cite it with <Cite id="kernel-seccomp" /> or from a table cell, measurement, glossary entry or technology, or remove it.',
    ]);
    expect(readFileSync(join(root, plan.file), 'utf8')).toContain(
      '  publisher: docs.kernel.org\n  url: https://docs.kernel.org/userspace-api/seccomp_filter.html\n  accessed: 2026-11-30\n  kind: docs\n',
    );
  });

  it('writes a topic page without placeholder warnings when the description is given and the text rewritten', () => {
    const { plan } = scaffold('topic', 'Seccomp profiles', {
      section: 'concepts',
      description: 'How a seccomp filter limits the system calls a process can make to the kernel.',
    });
    const path = join(root, plan.file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.slice(0, text.indexOf('---', 4) + 4) + '\nA seccomp filter decides which system calls a process may make.\n',
    );
    expect(problemsIn(root, plan.file)).toEqual([]);
  });

  it('writes a technology that validates (only "render the stack" and the placeholders remain)', () => {
    const { plan, problems } = scaffold('technology', 'crun', { kind: 'container-runtime', source: 'real' });
    expect(plan.file).toBe('content/data/technologies/crun.yaml');
    expect(problems).toEqual([
      placeholder('content/data/technologies/crun.yaml:5:23'),
      'content/data/technologies/crun.yaml:10:1 warning: The stack "technology-crun" has no rendered SVG in content/diagrams/.rendered/ yet; run `npm run diagrams` (needs Chromium) and commit the new files.',
    ]);
  });

  it('writes a diagram that validates (only "render it" and the placeholder remain)', () => {
    const { plan, problems } = scaffold('diagram', 'Seccomp filter path');
    expect(plan.file).toBe('content/diagrams/seccomp-filter-path.mmd');
    expect(problems).toEqual([
      placeholder('content/diagrams/seccomp-filter-path.mmd:4:3'),
      'content/diagrams/seccomp-filter-path.mmd:7:1 warning: This diagram has no rendered SVG in content/diagrams/.rendered/ yet; run `npm run diagrams` (needs Chromium) and commit the new files.',
    ]);
  });

  it('adds a comparison row with a cell per column that validates (only "no page shows it" and the placeholders remain)', () => {
    const { plan, problems } = scaffold('comparison-row', 'Syscall filtering', { table: 't', source: 'real' });
    expect(plan.file).toBe('content/data/comparisons/t.yaml');
    expect(problems).toEqual([
      'content/data/comparisons/t.yaml:14:9 warning: No page shows the row "syscall-filtering": every page embedding "t" picks rows with rows="..."; add "syscall-filtering" to one of those lists, or embed the table without rows.',
      placeholder('content/data/comparisons/t.yaml:17:33'),
    ]);
    expect(readFileSync(join(root, plan.file), 'utf8')).toContain(
      '      vm: { summary: Say how vm does this in a few words., sources: [real] }\n      demo: {',
    );
  });

  it('refuses to overwrite an existing page, source, technology, diagram or row, and says what to do', () => {
    scaffold('topic', 'Seccomp profiles', { section: 'concepts' });
    const before = readFileSync(join(root, 'content/topics/seccomp-profiles.mdx'), 'utf8');
    expect(() => scaffold('topic', 'Seccomp profiles', { section: 'start' })).toThrow(
      new ScaffoldError(
        'content/topics/seccomp-profiles.mdx already exists; nothing was written. Choose another name with --slug, or edit the existing file.',
      ),
    );
    expect(readFileSync(join(root, 'content/topics/seccomp-profiles.mdx'), 'utf8')).toBe(before);
    expect(() => scaffold('source', 'Real', { url: 'https://example.org/', file: 'main' })).toThrow(
      'A source with the id "real" already exists; nothing was written.',
    );
    expect(() => scaffold('technology', 'Demo', { kind: 'vmm', source: 'real' })).toThrow(
      'content/data/technologies/demo.yaml already exists; nothing was written.',
    );
    expect(() => scaffold('comparison-row', 'Kernel', { table: 't', source: 'real' })).toThrow(
      'Table "t" already has a row "kernel"; nothing was written.',
    );
  });

  it('says which option is missing or wrong instead of asking', () => {
    expect(() => scaffold('topic', 'A page')).toThrow(
      'Give the section with --section <start|concepts|building-blocks|compare|spectrum|practice|reference>.',
    );
    expect(() => scaffold('topic', 'A page', { section: 'basics' })).toThrow(
      '--section must be one of: start, concepts, building-blocks, compare, spectrum, practice, reference (got "basics").',
    );
    expect(() => scaffold('technology', 'X runtime', { kind: 'container-runtime', source: 'nope' })).toThrow(
      'No source has the id "nope"',
    );
    expect(() => scaffold('topic', '!!!', { section: 'start' })).toThrow(
      'pass --slug with lowercase words joined by hyphens',
    );
  });

  it('runs from the command line without a terminal, validates and exits 1 on a taken name', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'scripts/new.ts'), ...args, '--root', root], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 30_000,
      });
    const first = run('topic', 'Seccomp profiles', '--section', 'concepts');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      'Wrote content/topics/seccomp-profiles.mdx (id "seccomp-profiles", made from the title; pass --slug to choose another).',
    );
    expect(first.stdout).toContain(placeholder('content/topics/seccomp-profiles.mdx:3:31'));
    const second = run('topic', 'Seccomp profiles', '--section', 'concepts');
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toBe(
      'content/topics/seccomp-profiles.mdx already exists; nothing was written. Choose another name with --slug, or edit the existing file.',
    );
  });
});
