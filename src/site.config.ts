/**
 * Site-wide settings. Deployment-specific values come from the environment so that one
 * repository can be built for a local preview, a pull-request preview and production:
 *
 * - `SITE_URL`  absolute origin used for canonical URLs, Open Graph and the sitemap (default: http://localhost:4321)
 * - `BASE_PATH` path the site is served under, such as `/guide/` (default: `/`)
 * - `REPO_URL`  repository that "Edit this page" links point to
 * - `OUT_DIR`   build output folder (default: `dist`); the tests build a second copy under a base path
 */
export const siteTitle = 'Containers vs. VMs';
export const siteTagline = 'A field guide to isolation';

export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function readEnv(env: Record<string, string | undefined> = process.env) {
  return {
    site: (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, ''),
    base: normalizeBase(env.BASE_PATH),
    repoUrl: (env.REPO_URL ?? 'https://github.com/containers-vs-vms/guide').replace(/\/+$/, ''),
    repoBranch: env.REPO_BRANCH ?? 'main',
    outDir: env.OUT_DIR ?? 'dist',
  };
}
