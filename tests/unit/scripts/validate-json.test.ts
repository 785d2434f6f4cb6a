import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath, projectRoot } from '../../support/paths.ts';

describe('npm run validate -- --format json', () => {
  const root = mkdtempSync(join(tmpdir(), 'validate-json-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the whole report through a pipe, however long (npm run build reads it that way)', async () => {
    cpSync(fixturePath('good'), root, { recursive: true });
    const second = readFileSync(join(root, 'content/topics/second.mdx'), 'utf8');
    // 600 copies of a page with the same sidebar order: one warning each, about 200 KB of JSON.
    for (let i = 0; i < 600; i++) writeFileSync(join(root, `content/topics/copy-${i}.mdx`), second);
    const child = spawn(process.execPath, [
      join(projectRoot, 'scripts/validate.ts'),
      '--format',
      'json',
      '--root',
      root,
    ]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(100_000);
    const problems = JSON.parse(out) as { file: string; severity: string }[];
    expect(problems.filter((p) => p.file.startsWith('content/topics/copy-')).length).toBeGreaterThan(500);
  }, 60_000);
});
