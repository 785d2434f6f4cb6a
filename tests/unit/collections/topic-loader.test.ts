import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTopicSource } from '../../../src/collections/topic-loader.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'topic-loader-'));
  mkdirSync(join(root, 'content/topics'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  writeFileSync(join(root, 'content/topics', name), text);
  return `content/topics/${name}`;
};

describe('a topic file as the topics collection reads it', () => {
  it('keeps the id, the frontmatter as YAML 1.2 reads it (dates stay text) and the body on the lines it has in the file', () => {
    const file = write(
      'kata-containers.mdx',
      '---\ntitle: Kata\nupdated: 2026-11-02\nrelated: [gvisor]\n---\n\n## Why\n\nText.\n\n',
    );
    expect(readTopicSource(root, file)).toEqual({
      id: 'kata-containers',
      file: 'content/topics/kata-containers.mdx',
      frontmatter: { title: 'Kata', updated: '2026-11-02', related: ['gvisor'] },
      body: '\n\n\n\n\n\n## Why\n\nText.',
    });
  });

  it('reads a file saved with a byte-order mark and Windows line endings like any other', () => {
    const file = write('crlf.mdx', '\uFEFF---\r\ntitle: Windows\r\n---\r\nOne line.\r\n\r\nAnother.\r\n');
    expect(readTopicSource(root, file)).toMatchObject({
      frontmatter: { title: 'Windows' },
      body: '\n\n\nOne line.\n\nAnother.',
    });
  });

  it('leaves out a page whose frontmatter cannot be read (validation reports it with its position)', () => {
    expect(readTopicSource(root, write('none.mdx', 'No frontmatter.\n'))).toBeUndefined();
    expect(readTopicSource(root, write('unclosed.mdx', '---\ntitle: x\n'))).toBeUndefined();
    expect(readTopicSource(root, write('bad-yaml.mdx', '---\ntitle: [unclosed\n---\nBody\n'))).toBeUndefined();
    expect(readTopicSource(root, write('scalar.mdx', '---\njust text\n---\nBody\n'))).toBeUndefined();
  });
});
