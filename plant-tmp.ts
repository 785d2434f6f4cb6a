import { cpSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateProject } from '/work/wt-contrib/src/validation/validate.ts';
import { formatProblems } from '/work/wt-contrib/src/problems/problems.ts';
const base = '/work/wt-contrib';
const cases: Record<string, (r: string) => void> = {};
const edit = (r: string, f: string, fn: (s: string) => string) => writeFileSync(join(r, f), fn(readFileSync(join(r, f), 'utf8')));
const at13 = (ins: string) => (r: string) => edit(r, 'content/topics/containers.mdx', (s) => { const l = s.split('\n'); l[12] = l[12] + ' ' + ins; return l.join('\n'); });
cases['1 unclosed cite'] = at13('<Cite id="x"');
cases['1b unclosed Term'] = at13('<Term id="namespace">ns');
cases['1c unclosed div'] = at13('<div>');
cases['1d stray brace'] = at13('a { b');
cases['1e lt5'] = at13('takes <5 ms');
cases['2 Citee'] = at13('<Citee id="docker-overview"/>');
cases['5 dup title'] = (r) => edit(r, 'content/data/sources/docker-oci.yaml', (s) => s.replace(/(\n  title: [^\n]*)/, '$1$1'));
cases['6 bad date'] = (r) => edit(r, 'content/topics/containers.mdx', (s) => s.replace(/updated: .*/, 'updated: 2026-13-45'));
cases['6b feb30'] = (r) => edit(r, 'content/topics/containers.mdx', (s) => s.replace(/updated: .*/, 'updated: 2026-02-30'));
cases['6c accessed'] = (r) => edit(r, 'content/data/sources/docker-oci.yaml', (s) => s.replace(/accessed: .*/, 'accessed: 2026-13-45'));
cases['9 fragment'] = (r) => edit(r, 'content/topics/virtual-machines.mdx', (s) => s.replace('](/containers/)', '](/containers/#no-such-heading)'));
cases['9b local fragment'] = at13('[x](#no-such-heading)');
cases['10 missing img'] = at13('![x](./missing.png)');
cases['10b public img'] = at13('![x](/favicon.svg)');
cases['10c missing abs'] = at13('![x](/images/missing.png)');
cases['15 bom crlf yaml'] = (r) => edit(r, 'content/data/sources/docker-oci.yaml', (s) => '\uFEFF' + s.replace(/\n/g, '\r\n'));
cases['15b bom crlf mmd'] = (r) => edit(r, 'content/diagrams/type-1-hypervisor.mmd', (s) => '\uFEFF' + s.replace(/\n/g, '\r\n'));
cases['15c crlf mdx'] = (r) => edit(r, 'content/topics/containers.mdx', (s) => '\uFEFF' + s.replace(/\n/g, '\r\n'));
cases['17 glossary.mdx'] = (r) => cpSync(join(r, 'content/topics/faq.mdx'), join(r, 'content/topics/glossary.mdx'));
cases['18 js url'] = (r) => edit(r, 'content/data/sources/docker-oci.yaml', (s) => s.replace(/url: .*/, 'url: javascript:alert(1)'));
cases['19 script'] = at13('\n\n<script>alert(1)</script>\n');
cases['19b jslink'] = at13('[x](javascript:alert(1))');
cases['row'] = (r) => edit(r, 'content/data/comparisons/containers-vs-vms.yaml', (s) => s.replace(/\nrows:\n/, '\nrows:\n  - id: zz-new\n    label: New\n    cells:\n      container: { summary: a, sources: [docker-overview] }\n      vm: { summary: b, sources: [docker-overview] }\n'));
cases['order'] = (r) => edit(r, 'content/topics/containers.mdx', (s) => s.replace(/order: .*/, 'order: ' + /order: (.*)/.exec(readFileSync(join(r,'content/topics/virtual-machines.mdx'),'utf8'))![1]));
const only = process.argv[2];
for (const [name, plant] of Object.entries(cases)) {
  if (only && !name.startsWith(only)) continue;
  const r = '/tmp/plant/root';
  rmSync(r, { recursive: true, force: true }); mkdirSync(r);
  cpSync(join(base, 'content'), join(r, 'content'), { recursive: true });
  cpSync(join(base, 'public'), join(r, 'public'), { recursive: true });
  cpSync(join(base, 'schemas'), join(r, 'schemas'), { recursive: true });
  plant(r);
  try {
    const { problems } = validateProject(r);
    console.log(`## ${name}: ${problems.length}\n${formatProblems(problems)}`);
  } catch (e) { console.log(`## ${name}: CRASH ${(e as Error).stack}`); }
}
