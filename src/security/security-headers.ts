/**
 * HTTP security headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages,
 * and our own static server). The Content-Security-Policy repeats the one each page carries in a
 * meta tag, merged across pages, plus `frame-ancestors`, which a meta tag cannot carry.
 */
export const fixedHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** The `content` of a page's CSP meta tag, or undefined. */
export function cspFromHtml(html: string): string | undefined {
  return html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
}

/** Merge several policies directive by directive (union of sources, first-seen order). */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` file: one rule for every path under the base. */
export function headersFile(base: string, csp: string): string {
  const lines = [`${base}*`, `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`];
  for (const [name, value] of Object.entries(fixedHeaders)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** Parse a `_headers` file into [path pattern, headers] rules (the subset this site writes). */
export function parseHeadersFile(text: string): [pattern: string, headers: Record<string, string>][] {
  const rules: [string, Record<string, string>][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), {}]);
    else if (rules.length) {
      const i = line.indexOf(':');
      rules[rules.length - 1]![1][line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
