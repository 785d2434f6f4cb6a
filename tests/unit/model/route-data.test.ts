import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NavTopic } from '../../../src/model/navigation.ts';
import { buildRouteData } from '../../../src/model/route-data.ts';
import { generatedPages } from '../../../src/model/routes.ts';
import { readEnv } from '../../../src/site.config.ts';
import { projectRoot } from '../../support/paths.ts';

const nav: NavTopic[] = [
  { id: 'index', title: 'The short answer', section: 'start', order: 0, description: 'A page.' },
  { id: 'virtual-machines', title: 'Virtual machines', section: 'concepts', order: 20, description: 'A page.' },
  { id: 'containers', title: 'Containers', section: 'concepts', order: 40, description: 'A page.' },
  { id: 'sources-explained', title: 'How sources are chosen', section: 'reference', order: 1, description: 'A page.' },
];
const page = { title: 'T', description: 'D' };
const currentSections = (route: ReturnType<typeof buildRouteData>) =>
  route.sidebar.filter((s) => s.current).map((s) => s.id);

describe('route data', () => {
  it('gives a topic page its section, sidebar, breadcrumbs, neighbours, edit link and date', () => {
    const updated = new Date('2026-01-02');
    const topic = nav[2]!;
    const route = buildRouteData(nav, { title: 'Containers', description: 'D', target: { topic, updated } });
    expect(route.path).toBe('/containers/');
    expect(route.section).toBe('concepts');
    expect(currentSections(route)).toEqual(['concepts']);
    expect(route.crumbs.map((c) => c.path)).toEqual(['/', '/sections/concepts/', '/containers/']);
    expect([route.prev?.path, route.next?.path]).toEqual(['/virtual-machines/', '/sources-explained/']);
    expect(route.editUrl).toBe(`${readEnv().repoUrl}/edit/${readEnv().repoBranch}/content/topics/containers.mdx`);
    expect(route.updated).toBe(updated);
    expect(route.searchable).toBe(true);
  });

  it('keeps section overviews out of the search index and opens their section', () => {
    const route = buildRouteData(nav, { title: 'Concepts', description: 'D', target: { section: 'concepts' } });
    expect([route.path, route.searchable, route.section]).toEqual(['/sections/concepts/', false, 'concepts']);
    expect(currentSections(route)).toEqual(['concepts']);
    expect(route.crumbs.map((c) => c.path)).toEqual(['/', '/sections/concepts/']);
  });

  it('puts the generated reference pages under the Reference section', () => {
    const route = buildRouteData(nav, { ...page, title: 'Glossary', target: { page: 'glossary' } });
    expect([route.path, route.section, route.searchable]).toEqual(['/glossary/', 'reference', true]);
    expect(currentSections(route)).toEqual(['reference']);
    expect(route.crumbs.map((c) => c.label)).toEqual(['Home', 'Reference', 'Glossary']);
    const tech = buildRouteData(nav, { ...page, target: { technology: { id: 'kvm', name: 'KVM' } } });
    expect(tech.crumbs.map((c) => c.path)).toEqual([
      '/',
      '/sections/reference/',
      '/technologies/',
      '/technologies/kvm/',
    ]);
  });

  it('leaves the Reference crumb out when that section has no overview page', () => {
    const route = buildRouteData(nav.slice(0, 3), { ...page, title: 'Glossary', target: { page: 'glossary' } });
    expect(route.crumbs.map((c) => c.label)).toEqual(['Home', 'Glossary']);
  });

  it('keeps pages that list other pages out of the search index', () => {
    expect(buildRouteData(nav, { ...page, target: { page: 'allTopics' } }).searchable).toBe(false);
    expect(buildRouteData(nav, { ...page, target: { page: 'search' } }).searchable).toBe(false);
    const stacks = buildRouteData(nav, { ...page, title: 'Stacks', target: { page: 'stacks' } });
    // The sidebar lists the page in the Concepts group, which is the one shown open.
    expect([stacks.section, stacks.searchable, currentSections(stacks)]).toEqual(['concepts', true, ['concepts']]);
    expect(stacks.crumbs.map((c) => c.path)).toEqual(['/', '/sections/concepts/', '/stacks/']);
  });
});

describe('the route table', () => {
  // Page files that are not in `generatedPages`: the topic pages, one page per section and per
  // technology and per comparison pair, the 404 page, robots.txt, and the files that are not HTML
  // pages (the Markdown copies, llms.txt and the Atom feed).
  const dynamic = [
    '404.astro',
    '[...slug].astro',
    'robots.txt.ts',
    '[slug].md.ts',
    'glossary.md.ts',
    'references.md.ts',
    'technologies/[id].md.ts',
    'llms.txt.ts',
    'feed.xml.ts',
    'sections/[section].astro',
    'technologies/[id].astro',
    'compare/[pair].astro',
  ];

  it('lists every page file under src/pages (add a new page to generatedPages in src/model/routes.ts)', () => {
    const dir = join(projectRoot, 'src/pages');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts|md|mdx)$/.test(f))
      .map((f) => f.replaceAll('\\', '/'));
    const pathOf = (file: string) =>
      `/${file.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/')}`.replace(/\/+$/, '/');
    const listed = new Set<string>(Object.values(generatedPages).map((p) => p.path));
    const unlisted = files.filter((f) => !dynamic.includes(f)).filter((f) => !listed.has(pathOf(f)));
    expect(unlisted).toEqual([]);
    const stale = [...listed].filter((path) => !files.some((f) => pathOf(f) === path));
    expect(stale).toEqual([]);
  });
});

describe('the links every page carries', () => {
  const page = { title: 'Firecracker', description: 'D' };
  const technologies = [
    { id: 'kvm', name: 'KVM' },
    { id: 'firecracker', name: 'Firecracker' },
    { id: 'gvisor', name: 'gVisor' },
  ];

  it('gives a technology page an edit link, its Markdown copy, a report link and its neighbours by name', () => {
    const route = buildRouteData(
      nav,
      {
        ...page,
        target: { technology: { id: 'gvisor', name: 'gVisor' } },
        source: { file: 'content/data/technologies/gvisor.yaml' },
        markdown: '/technologies/gvisor.md',
      },
      { technologies },
    );
    expect(route.editUrl).toMatch(/\/edit\/[^/]+\/content\/data\/technologies\/gvisor\.yaml$/);
    expect(route.markdown).toBe('/technologies/gvisor.md');
    expect(new URL(route.reportUrl).searchParams.get('body')).toContain('/technologies/gvisor/');
    expect([route.prev?.path, route.next?.path]).toEqual(['/technologies/firecracker/', '/technologies/kvm/']);
  });

  it('links a page made from a folder of data files to the folder, and keeps the date it is given', () => {
    const updated = new Date('2026-11-01T00:00:00Z');
    const route = buildRouteData(nav, {
      ...page,
      target: { page: 'references' },
      source: { folder: 'content/data/sources' },
      updated,
    });
    expect(route.editUrl).toMatch(/\/tree\/[^/]+\/content\/data\/sources$/);
    expect(route.updated).toBe(updated);
  });

  it('lists the decision guide and the compare tool in the sidebar, marking the current one', () => {
    const route = buildRouteData(nav, { ...page, title: 'Decide', target: { page: 'decide' } });
    const links = route.sidebar.flatMap((s) => s.links);
    expect(links.map((l) => l.path)).toEqual(expect.arrayContaining(['/decide/', '/compare/']));
    expect(links.filter((l) => l.current).map((l) => l.path)).toEqual(['/decide/']);
  });
});
