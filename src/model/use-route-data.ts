/**
 * The one call a page makes before rendering: compute its route data once and attach it to
 * `Astro.locals.route`, where the layout and the chrome components read it (Starlight does the same
 * with `Astro.locals.starlightRoute`).
 */
import { getDataSet } from '../collections/data.ts';
import { gitLastUpdated } from '../collections/last-updated.ts';
import { getTopics } from '../collections/topics.ts';
import { toNavTopic, type NavTopic } from './navigation.ts';
import { buildRouteData, type RouteData, type RouteInput } from './route-data.ts';

let cached: Promise<NavTopic[]> | undefined;

/** Every topic's navigation fields, read once per build (on every request in dev). */
export function getNavTopics(): Promise<NavTopic[]> {
  const read = async () => (await getTopics()).map(toNavTopic);
  if (import.meta.env.DEV) return read();
  cached ??= read();
  return cached;
}

export async function useRouteData(locals: { route?: RouteData | undefined }, input: RouteInput): Promise<RouteData> {
  const source = input.source && ('file' in input.source ? input.source.file : input.source.folder);
  const updated = input.updated ?? (source ? gitLastUpdated(source) : undefined);
  const technologies = [...(await getDataSet()).technologies.values()].map(({ id, name }) => ({ id, name }));
  const route = buildRouteData(await getNavTopics(), { ...input, updated }, { technologies });
  locals.route = route;
  return route;
}

/** The route data, or an error that says which page forgot to set it. */
export function requireRouteData(locals: { route?: RouteData | undefined }, url: URL): RouteData {
  if (!locals.route) {
    throw new Error(
      `${url.pathname} renders the page layout without route data: call \`await useRouteData(Astro.locals, {...})\` in the page first.`,
    );
  }
  return locals.route;
}
