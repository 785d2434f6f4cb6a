import type { Crumb, NavTopic } from './navigation.ts';
import { sectionPath } from './routes.ts';
import { sectionLabel } from '../schemas/sections.ts';

/**
 * Breadcrumbs of the generated reference pages (/references/, /glossary/, /technologies/...):
 * Home, the Reference section when it has an overview page (only sections with topics get one),
 * then `trail`, whose last crumb is the current page.
 */
export function referenceCrumbs(nav: readonly NavTopic[], trail: Crumb[]): Crumb[] {
  const hasOverview = nav.some((t) => t.section === 'reference');
  return [
    { label: 'Home', path: '/' },
    ...(hasOverview ? [{ label: sectionLabel('reference'), path: sectionPath('reference') }] : []),
    ...trail,
  ];
}
