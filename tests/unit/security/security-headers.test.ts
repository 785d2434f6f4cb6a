import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../src/security/csp-hash.ts';
import {
  cspFromHtml,
  headersFile,
  keepPageScriptHashes,
  mergePolicies,
  parseHeadersFile,
} from '../../../src/security/security-headers.ts';

describe('security headers', () => {
  it('read the CSP a page carries in its meta tag', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'"></head>`;
    expect(cspFromHtml(html)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
    expect(cspFromHtml('<head></head>')).toBeUndefined();
  });

  it("narrow a page's CSP to the hashes of the inline scripts it has, parked ones included", () => {
    const theme = 'document.documentElement.dataset.theme = "dark";';
    const parked = 'console.log("later")';
    const page = (scriptSrc: string) =>
      `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self' 'unsafe-inline' ;"><script>${theme}</script></head>` +
      `<body><template><script type="module">${parked}</script></template><script type="module" src="/_astro/page.js"></script></body>`;
    const kept = `'self' 'wasm-unsafe-eval' '${cspHash(theme)}' '${cspHash(parked)}'`;
    const html = page(`${kept} '${cspHash('another page')}' '${cspHash('island')}'`);
    expect(cspFromHtml(keepPageScriptHashes(html))).toBe(
      `default-src 'self'; script-src ${kept}; style-src 'self' 'unsafe-inline' ;`,
    );
    // Nothing else on the page changes; a page already narrow, or without a policy, is returned as it is.
    expect(keepPageScriptHashes(html).replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
    expect(keepPageScriptHashes(page(kept))).toBe(page(kept));
    expect(keepPageScriptHashes('<p>No policy</p>')).toBe('<p>No policy</p>');
  });

  it('merge the policies of all pages source by source', () => {
    expect(
      mergePolicies([
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "script-src 'self' 'sha256-b';style-src 'self'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
  });

  it('write a _headers rule under the base path that forbids framing, and read it back', () => {
    const file = headersFile('/guide/', "default-src 'self'");
    const [[pattern, headers]] = parseHeadersFile(file) as [[string, Record<string, string>]];
    expect(pattern).toBe('/guide/*');
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});
