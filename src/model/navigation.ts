import { sections, type SectionId } from '../schemas/sections.ts';
import { sectionPath, topicPath } from './routes.ts';

/** The fields of a topic that navigation needs. */
export interface NavTopic {
  id: string;
  title: string;
  section: SectionId;
  order: number;
  sidebarLabel?: string | undefined;
  /** The page's one-sentence summary, shown in topic lists. */
  description: string;
}

/** The navigation fields of a topic entry (a `Topic` from the content collection, or a test double). */
export function toNavTopic(topic: { id: string; data: Omit<NavTopic, 'id'> }): NavTopic {
  const { title, section, order, sidebarLabel, description } = topic.data;
  return { id: topic.id, title, section, order, sidebarLabel, description };
}

export interface NavLink {
  label: string;
  /** Root-relative path without the base; components add the base. */
  path: string;
  current: boolean;
}

export interface NavSection {
  /** A section id, or the id of a group of generated pages (`technologies`). */
  id: SectionId | 'technologies';
  label: string;
  blurb: string;
  path: string;
  /** True when the current page belongs to this section: its group is shown open. */
  current: boolean;
  /** Pages of the section, in reading order: all of them, or a window of `sidebarWindow` (see `partial`). */
  links: NavLink[];
  /** How many pages the section has, shown beside its label. */
  count: number;
  /** True when `links` is a window of a long section: the sidebar then links to the section's overview for the rest. */
  partial: boolean;
}

/**
 * The most pages the sidebar lists for the current section. A longer section lists a window of
 * this many pages around the current one and links to its overview for the rest, so the HTML
 * around each page stays the same size whether a section has 20 pages or 1,000.
 */
export const sidebarWindow = 15;

/** `items` cut to at most `size` entries, centred on index `at` where the ends allow. */
export function windowAround<T>(items: readonly T[], at: number, size: number): readonly T[] {
  if (items.length <= size) return items;
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), items.length - size);
  return items.slice(start, start + size);
}

export { sectionPath };

const sorted = new WeakMap<readonly NavTopic[], readonly NavTopic[]>();

/**
 * Topics in reading order: by section (as listed in sections.ts), then `order`, then title.
 * Every page of a build passes the same list (from getStaticPaths), and the sidebar and the
 * previous/next links both need the order, so it is sorted once per list: sorting it again on each
 * of 1,000 pages cost about a second of a build. Callers must not change the list or the result.
 */
export function readingOrder<T extends NavTopic>(topics: readonly T[]): readonly T[] {
  const known = sorted.get(topics);
  if (known) return known as readonly T[];
  const rank = new Map(sections.map((s, i) => [s.id, i]));
  const ordered = [...topics].sort(
    (a, b) => rank.get(a.section)! - rank.get(b.section)! || a.order - b.order || a.title.localeCompare(b.title),
  );
  sorted.set(topics, ordered);
  return ordered;
}

const toLink = (t: NavTopic, currentId: string | undefined): NavLink => ({
  label: t.sidebarLabel ?? t.title,
  path: topicPath(t.id),
  current: t.id === currentId,
});

/**
 * The sidebar: every section with its pages, so any page is one or two clicks away; the sections
 * render as disclosures and only the current one starts open. A section longer than `sidebarWindow`
 * lists a window of its pages (around the current page, or its first pages) and links to its overview
 * for the rest, so each page's HTML does not grow with the size of a section. Sections without pages are left out.
 */
export function buildSidebar(
  topics: readonly NavTopic[],
  current: { topicId?: string; sectionId?: SectionId },
): NavSection[] {
  const ordered = readingOrder(topics);
  const currentSection = current.sectionId ?? ordered.find((t) => t.id === current.topicId)?.section;
  return sections
    .map((s) => {
      const inSection = ordered.filter((t) => t.section === s.id);
      const isCurrent = s.id === currentSection;
      const at = isCurrent ? inSection.findIndex((t) => t.id === current.topicId) : 0;
      const shown = windowAround(inSection, at, sidebarWindow);
      return {
        id: s.id,
        label: s.label,
        blurb: s.blurb,
        path: sectionPath(s.id),
        current: isCurrent,
        links: shown.map((t) => toLink(t, current.topicId)),
        count: inSection.length,
        partial: shown.length < inSection.length,
      };
    })
    .filter((s) => s.count > 0);
}

/** All sections with all their pages: for the overview pages, never for the per-page sidebar. */
export function allSections(topics: readonly NavTopic[]) {
  const ordered = readingOrder(topics);
  return sections
    .map((s) => ({ ...s, path: sectionPath(s.id), topics: ordered.filter((t) => t.section === s.id) }))
    .filter((s) => s.topics.length > 0);
}

/** Previous and next pages in reading order, across section boundaries. */
export function prevNext(topics: readonly NavTopic[], currentId: string): { prev?: NavLink; next?: NavLink } {
  const ordered = readingOrder(topics);
  const i = ordered.findIndex((t) => t.id === currentId);
  if (i < 0) return {};
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return {
    ...(prev ? { prev: { label: prev.title, path: topicPath(prev.id), current: false } } : {}),
    ...(next ? { next: { label: next.title, path: topicPath(next.id), current: false } } : {}),
  };
}

export interface Crumb {
  label: string;
  path: string;
}

/** Home, then the section overview, then the page itself (the last crumb is the current page). */
export function breadcrumbs(
  topic: NavTopic | undefined,
  section: SectionId | undefined,
  pageTitle: string,
  pagePath: string,
): Crumb[] {
  const crumbs: Crumb[] = [{ label: 'Home', path: '/' }];
  if (pagePath === '/') return crumbs;
  const sectionId = topic?.section ?? section;
  const sec = sections.find((s) => s.id === sectionId);
  if (sec && pagePath !== sectionPath(sec.id)) crumbs.push({ label: sec.label, path: sectionPath(sec.id) });
  crumbs.push({ label: pageTitle, path: pagePath });
  return crumbs;
}
