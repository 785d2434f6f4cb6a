/**
 * HTTP security headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages,
 * and our own static server). The Content-Security-Policy repeats the one each page carries in a
 * meta tag, merged across pages, plus `frame-ancestors`, which a meta tag cannot carry.
 */
import { cspHash } from './csp-hash.ts';

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

/** The text of every inline script of a page, including those parked in `<template>` elements. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/**
 * The page with its CSP meta tag allowing only the inline scripts it has. Astro gives every page the
 * hashes of every inline script of the site, and of its island and `client:` directive scripts, which
 * this site never uses: 10 hashes, about 0.3 KB of the HTML around each page's content (whose budget
 * is 4 KB), that allow scripts the page does not contain. Only `sha256-` sources go; `'self'` and the
 * rest of the policy stay as they are.
 */
export function keepPageScriptHashes(html: string): string {
  const policy = cspFromHtml(html);
  if (!policy) return html;
  const present = new Set<string>(inlineScripts(html).map(cspHash));
  const tightened = policy
    .split(';')
    .map((directive) => {
      if (!/^\s*script-src\s/.test(directive)) return directive;
      const sources = directive.trim().split(/\s+/);
      const kept = sources.filter((source) => !source.startsWith("'sha256-") || present.has(source.slice(1, -1)));
      return `${/^\s*/.exec(directive)![0]}${kept.join(' ')}${/\s$/.test(directive) ? ' ' : ''}`;
    })
    .join(';');
  return tightened === policy ? html : html.replace(`content="${policy}"`, `content="${tightened}"`);
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
