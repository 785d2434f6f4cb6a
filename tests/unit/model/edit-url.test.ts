import { describe, expect, it } from 'vitest';
import { editUrl, folderUrl, reportProblemUrl } from '../../../src/model/edit-url.ts';

const env = {
  site: 'https://example.org',
  base: '/',
  repoUrl: 'https://github.com/o/r',
  repoBranch: 'main',
  outDir: 'dist',
};

describe('page links to the repository', () => {
  it('edit a file or open a folder of data files', () => {
    expect(editUrl('content/data/glossary.yaml', env)).toBe(
      'https://github.com/o/r/edit/main/content/data/glossary.yaml',
    );
    expect(folderUrl('content/data/sources', env)).toBe('https://github.com/o/r/tree/main/content/data/sources');
  });

  it('report a problem as a new issue prefilled with the page title and address', () => {
    const url = new URL(reportProblemUrl('KVM', 'https://example.org/technologies/kvm/', env));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem on “KVM”');
    expect(url.searchParams.get('body')).toMatch(/^Page: https:\/\/example\.org\/technologies\/kvm\/\n/);
  });
});
