import { sidebarWindow, windowAround, type NavLink, type NavSection } from './navigation.ts';
import { technologyPath } from './routes.ts';

/** A generated page (not a topic file) listed in a sidebar group, after the group's topics. */
export interface GeneratedNavLink {
  group: NavSection['id'];
  label: string;
  /** Root-relative path without the base. */
  path: string;
}

/**
 * Generated pages in the sidebar. Each appears only when its route is in `generatedPages`
 * (src/model/routes.ts), so a generated page shows up in the navigation the day its route is added.
 */
export const generatedNavLinks: readonly GeneratedNavLink[] = [
  { group: 'start', label: 'Help me choose', path: '/decide/' },
  { group: 'start', label: 'Compare technologies', path: '/compare/' },
  { group: 'concepts', label: 'Stacks side by side', path: '/stacks/' },
  { group: 'reference', label: 'Glossary', path: '/glossary/' },
  { group: 'reference', label: 'References', path: '/references/' },
];

/**
 * Add the generated pages to the sidebar built from topics: the extra links whose route exists, and
 * a Technologies group (the catalog and one link per technology) after Reference. The page at
 * `currentPath` is marked, and when it is one of these links its group is the one shown open.
 */
export function withGeneratedPages(
  sections: readonly NavSection[],
  options: {
    currentPath: string;
    routeExists: (path: string) => boolean;
    technologies: readonly { id: string; name: string }[];
  },
): NavSection[] {
  const { currentPath, routeExists } = options;
  const link = (label: string, path: string): NavLink => ({ label, path, current: path === currentPath });
  const groups: NavSection[] = sections.map((s) => {
    const extra = generatedNavLinks
      .filter((l) => l.group === s.id && routeExists(l.path))
      .map((l) => link(l.label, l.path));
    const links = [...s.links.map((l) => ({ ...l, current: l.current || l.path === currentPath })), ...extra];
    return { ...s, links, count: s.count + extra.length };
  });
  if (options.technologies.length > 0 && routeExists('/technologies/')) {
    const techs = [...options.technologies].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const all = techs.map((t) => link(t.name, technologyPath(t.id)));
    const shown = windowAround(
      all,
      Math.max(
        0,
        all.findIndex((l) => l.current),
      ),
      sidebarWindow,
    );
    const links = [link('All technologies', '/technologies/'), ...shown];
    const at = groups.findIndex((g) => g.id === 'reference');
    groups.splice(at < 0 ? groups.length : at + 1, 0, {
      id: 'technologies',
      label: 'Technologies',
      blurb: 'One page per hypervisor, runtime and sandbox the guide covers.',
      path: '/technologies/',
      current: false,
      links,
      count: techs.length,
      partial: shown.length < all.length,
    });
  }
  const hasCurrentLink = groups.some((g) => g.links.some((l) => l.current));
  return groups.map((g) => ({ ...g, current: hasCurrentLink ? g.links.some((l) => l.current) : g.current }));
}
