import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headersFile, keepPageScriptHashes, mergePolicies } from '../security/security-headers.ts';

/**
 * After the build: narrow each page's CSP meta tag to the inline scripts the page has
 * (`keepPageScriptHashes`), then write `dist/_headers` with the pages' policies merged and the other
 * security headers.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .sort()) {
          const path = join(out, file);
          const html = readFileSync(path, 'utf8');
          const narrowed = keepPageScriptHashes(html);
          if (narrowed !== html) writeFileSync(path, narrowed);
          const policy = cspFromHtml(narrowed);
          if (policy) policies.push(policy);
        }
        writeFileSync(join(out, '_headers'), headersFile(base, mergePolicies(policies)));
        logger.info(`_headers written (CSP merged from ${policies.length} pages)`);
      },
    },
  };
}
