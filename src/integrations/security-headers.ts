import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headersFile, mergePolicies } from '../security/security-headers.ts';

/** After the build, write `dist/_headers` with the site's CSP and the other security headers. */
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
        const policies = readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .sort()
          .map((f) => cspFromHtml(readFileSync(join(out, f), 'utf8')))
          .filter((p): p is string => !!p);
        writeFileSync(join(out, '_headers'), headersFile(base, mergePolicies(policies)));
        logger.info(`_headers written (CSP merged from ${policies.length} pages)`);
      },
    },
  };
}
