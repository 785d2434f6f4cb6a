import { describe, expect, it } from 'vitest';
import { normalizeInternalPath } from '../../../src/model/routes.ts';
import { withBase, withoutBase } from '../../../src/model/urls.ts';
import { normalizeBase, readEnv } from '../../../src/site.config.ts';

describe('base paths', () => {
  it('normalize any spelling of BASE_PATH to /x/ form', () => {
    expect(['guide', '/guide', 'guide/', '/guide/', ' /guide// '].map(normalizeBase)).toEqual(Array(5).fill('/guide/'));
    expect([undefined, '', '/', '//'].map(normalizeBase)).toEqual(['/', '/', '/', '/']);
  });

  it('prefix root-relative links and leave others alone', () => {
    expect(withBase('/containers/', '/guide/')).toBe('/guide/containers/');
    expect(withBase('/', '/guide/')).toBe('/guide/');
    expect(withBase('containers/', '/')).toBe('/containers/');
    expect(withBase('https://example.org/', '/guide/')).toBe('https://example.org/');
    expect(withBase('#top', '/guide/')).toBe('#top');
    expect(withBase('//cdn.example.org/x', '/guide/')).toBe('//cdn.example.org/x');
  });

  it('strip the base from a pathname', () => {
    expect(withoutBase('/guide/containers/', '/guide/')).toBe('/containers/');
    expect(withoutBase('/containers/', '/')).toBe('/containers/');
  });

  it('normalize internal link targets for the link checker', () => {
    expect(normalizeInternalPath('/containers#kernel')).toBe('/containers/');
    expect(normalizeInternalPath('/containers/?q=1')).toBe('/containers/');
    expect(normalizeInternalPath('/favicon.svg')).toBe('/favicon.svg');
  });

  it('read deployment settings from the environment', () => {
    const env = readEnv({ SITE_URL: 'https://example.org/', BASE_PATH: 'guide', REPO_URL: 'https://github.com/o/r/' });
    expect(env).toMatchObject({
      site: 'https://example.org',
      base: '/guide/',
      repoUrl: 'https://github.com/o/r',
      outDir: 'dist',
    });
  });
});
