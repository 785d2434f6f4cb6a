import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, mergePolicies, parseHeadersFile } from '../../../src/security/security-headers.ts';

describe('security headers', () => {
  it('read the CSP a page carries in its meta tag', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'"></head>`;
    expect(cspFromHtml(html)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
    expect(cspFromHtml('<head></head>')).toBeUndefined();
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
