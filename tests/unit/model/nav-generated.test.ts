import { describe, expect, it } from 'vitest';
import { buildSidebar, sidebarWindow, type NavTopic } from '../../../src/model/navigation.ts';
import { withGeneratedPages } from '../../../src/model/nav-generated.ts';

const topics: NavTopic[] = [
  { id: 'index', title: 'The short answer', section: 'start', order: 0, description: 'A page.' },
  { id: 'containers', title: 'Containers', section: 'concepts', order: 40, description: 'A page.' },
  { id: 'faq', title: 'FAQ', section: 'reference', order: 10, description: 'A page.' },
];
const technologies = [
  { id: 'kvm', name: 'KVM' },
  { id: 'firecracker', name: 'Firecracker' },
];
const built = new Set(['/', '/stacks/', '/glossary/', '/references/', '/technologies/']);

describe('generated pages in the sidebar', () => {
  it('lists a window of a long Technologies group around the current technology, and counts them all', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, name: `Tech ${String(i).padStart(2, '0')}` }));
    const groups = withGeneratedPages(buildSidebar(topics, { sectionId: 'reference' }), {
      currentPath: '/technologies/t30/',
      routeExists: (p) => built.has(p),
      technologies: many,
    });
    const tech = groups.find((g) => g.id === 'technologies')!;
    expect([tech.current, tech.partial, tech.count]).toEqual([true, true, 40]);
    expect(tech.links).toHaveLength(1 + sidebarWindow);
    expect(tech.links.map((l) => l.path)).toContain('/technologies/t30/');
    expect(tech.links.filter((l) => l.current).map((l) => l.path)).toEqual(['/technologies/t30/']);
  });

  it('lists glossary, references, stacks and every technology, and only routes that are built', () => {
    const groups = withGeneratedPages(buildSidebar(topics, { topicId: 'containers' }), {
      currentPath: '/containers/',
      routeExists: (p) => built.has(p),
      technologies,
    });
    const paths = groups.flatMap((g) => g.links.map((l) => l.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        '/stacks/',
        '/glossary/',
        '/references/',
        '/technologies/',
        '/technologies/kvm/',
        '/technologies/firecracker/',
      ]),
    );
    expect(paths).not.toContain('/decide/');
    expect(groups.map((g) => g.id)).toEqual(['start', 'concepts', 'reference', 'technologies']);
    expect(groups.find((g) => g.id === 'technologies')!.links.map((l) => l.label)).toEqual([
      'All technologies',
      'Firecracker',
      'KVM',
    ]);
  });

  it('shows the decision guide and compare tool once their routes exist', () => {
    const groups = withGeneratedPages(buildSidebar(topics, {}), {
      currentPath: '/decide/',
      routeExists: (p) => built.has(p) || p === '/decide/' || p === '/compare/',
      technologies,
    });
    const start = groups.find((g) => g.id === 'start')!;
    expect(start.links.map((l) => [l.path, l.current])).toEqual([
      ['/', false],
      ['/decide/', true],
      ['/compare/', false],
    ]);
    expect(groups.filter((g) => g.current).map((g) => g.id)).toEqual(['start']);
  });

  it('opens the Technologies group, not Reference, on a technology page', () => {
    const groups = withGeneratedPages(buildSidebar(topics, { sectionId: 'reference' }), {
      currentPath: '/technologies/kvm/',
      routeExists: (p) => built.has(p),
      technologies,
    });
    expect(groups.filter((g) => g.current).map((g) => g.id)).toEqual(['technologies']);
    expect(
      groups
        .flatMap((g) => g.links)
        .filter((l) => l.current)
        .map((l) => l.path),
    ).toEqual(['/technologies/kvm/']);
  });
});
