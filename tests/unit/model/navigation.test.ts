import { describe, expect, it } from 'vitest';
import {
  breadcrumbs,
  buildSidebar,
  prevNext,
  readingOrder,
  sidebarWindow,
  type NavTopic,
} from '../../../src/model/navigation.ts';

const topics: NavTopic[] = [
  { id: 'containers', title: 'Containers', section: 'concepts', order: 40, description: 'A page.' },
  { id: 'index', title: 'The short answer', section: 'start', order: 0, description: 'A page.' },
  { id: 'virtual-machines', title: 'Virtual machines', section: 'concepts', order: 20, description: 'A page.' },
  {
    id: 'namespaces',
    title: 'Namespaces',
    section: 'building-blocks',
    order: 10,
    sidebarLabel: 'Namespaces (Linux)',
    description: 'A page.',
  },
];

describe('navigation', () => {
  it('orders pages by section, then order', () => {
    expect(readingOrder(topics).map((t) => t.id)).toEqual(['index', 'virtual-machines', 'containers', 'namespaces']);
  });

  it('lists every section with all its pages, opens the current one and marks the current page', () => {
    const sidebar = buildSidebar(topics, { topicId: 'containers' });
    expect(sidebar.map((s) => [s.id, s.current, s.links.length, s.count])).toEqual([
      ['start', false, 1, 1],
      ['concepts', true, 2, 2],
      ['building-blocks', false, 1, 1],
    ]);
    expect(
      sidebar
        .flatMap((s) => s.links)
        .filter((l) => l.current)
        .map((l) => l.path),
    ).toEqual(['/containers/']);
  });

  it('lists only a window of another long section, so the sidebar stays the same size as sections grow', () => {
    const many = Array.from({ length: 500 }, (_, i): NavTopic => ({
      id: `p${i}`,
      title: `Page ${i}`,
      section: 'compare',
      order: i,
      description: 'A page.',
    }));
    const sidebar = buildSidebar([...topics, ...many], { topicId: 'containers' });
    const compare = sidebar.find((s) => s.id === 'compare')!;
    expect([compare.current, compare.partial, compare.count]).toEqual([false, true, 500]);
    expect(compare.links.map((l) => l.path)).toEqual(Array.from({ length: sidebarWindow }, (_, i) => `/p${i}/`));
    expect(sidebar.reduce((n, s) => n + s.links.length, 0)).toBe(4 + sidebarWindow);
  });

  it('lists a window around the current page of a 1,000-page section, plus a link to its overview', () => {
    const many = Array.from({ length: 1000 }, (_, i): NavTopic => ({
      id: `p${i}`,
      title: `Page ${i}`,
      section: 'compare',
      order: i,
      description: 'A page.',
    }));
    const section = (topicId: string) =>
      buildSidebar([...topics, ...many], { topicId }).find((s) => s.id === 'compare')!;
    const middle = section('p500');
    expect(middle.links.map((l) => l.path)).toEqual(Array.from({ length: sidebarWindow }, (_, i) => `/p${493 + i}/`));
    expect(middle.links.filter((l) => l.current).map((l) => l.path)).toEqual(['/p500/']);
    expect([middle.partial, middle.count]).toEqual([true, 1000]);
    expect(
      section('p0')
        .links.map((l) => l.path)
        .slice(0, 2),
    ).toEqual(['/p0/', '/p1/']);
    expect(section('p999').links.at(-1)!.path).toBe('/p999/');
    expect(section('p999').links).toHaveLength(sidebarWindow);
    expect(buildSidebar(topics, { topicId: 'containers' }).find((s) => s.current)!.partial).toBe(false);
  });

  it('uses the sidebar label when a page has one', () => {
    const sidebar = buildSidebar(topics, { topicId: 'namespaces' });
    expect(sidebar.find((s) => s.current)!.links[0]!.label).toBe('Namespaces (Linux)');
  });

  it('links previous and next pages across section boundaries', () => {
    expect(prevNext(topics, 'containers')).toEqual({
      prev: { label: 'Virtual machines', path: '/virtual-machines/', current: false },
      next: { label: 'Namespaces', path: '/namespaces/', current: false },
    });
    expect(prevNext(topics, 'index').prev).toBeUndefined();
    expect(prevNext(topics, 'namespaces').next).toBeUndefined();
  });

  it('builds breadcrumbs from home through the section to the page', () => {
    const page = topics[0]!;
    expect(breadcrumbs(page, page.section, page.title, '/containers/')).toEqual([
      { label: 'Home', path: '/' },
      { label: 'Concepts', path: '/sections/concepts/' },
      { label: 'Containers', path: '/containers/' },
    ]);
    expect(breadcrumbs(topics[1], 'start', 'The short answer', '/')).toEqual([{ label: 'Home', path: '/' }]);
  });
});
