import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every page URL of a built site, read from its sitemap and rebased onto the test server
 * (the sitemap holds SITE_URL, not the test server's random port).
 */
export function sitemapUrls(dir: string, serverUrl: string): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
  const server = new URL(serverUrl);
  return files.flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(new URL(m[1]!).pathname, server.origin).href,
    ),
  );
}
