/**
 * Prefix a root-relative path with the site's base path (`/guide/` when deployed under a sub-path).
 * Every internal link and asset URL goes through here. External URLs and pure fragments pass through.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^([a-z]+:|\/\/|#)/i.test(path)) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The path of a URL relative to the base, always starting with `/` (used to mark the current page). */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
