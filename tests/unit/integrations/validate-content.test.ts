import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { validateContent, watchContent } from '../../../src/integrations/validate-content.ts';
import { projectRoot } from '../../support/paths.ts';

const repo = projectRoot;
const fixture = (name: string) => join(repo, 'tests/fixtures', name);
const expected = 'content/topics/index.mdx:9:92 error: No source has the id "kvm-merg"; did you mean "kvm-merge"?';

/** Run the integration's setup hook the way Astro does, for a project rooted at `root`. */
async function runSetupHook(root: string, command: 'build' | 'dev') {
  const warnings: string[] = [];
  const errors: string[] = [];
  const exits: number[] = [];
  const hook = validateContent({ exit: (code) => exits.push(code) }).hooks['astro:config:setup'] as (
    options: unknown,
  ) => Promise<void>;
  await hook({
    config: { root: pathToFileURL(`${root}/`) },
    command,
    logger: { warn: (m: string) => warnings.push(m), error: (m: string) => errors.push(m) },
  });
  return { warnings, errors, exits };
}

describe('the build validates content with the same messages as npm run validate', () => {
  it('logs the formatted problems and exits with status 1 when building bad content', async () => {
    const run = await runSetupHook(fixture('data-unknown-cite'), 'build');
    expect(run.errors.join('\n')).toContain(expected);
    expect(run.exits).toEqual([1]);
  });

  it('only logs the problems in dev, so the server keeps running', async () => {
    const run = await runSetupHook(fixture('data-unknown-cite'), 'dev');
    expect(run.warnings.join('\n')).toContain(expected);
    expect(run.exits).toEqual([]);
  });

  it('lets a build with warnings only go ahead, listing the warnings', async () => {
    const run = await runSetupHook(fixture('data-uncited-source'), 'build');
    expect(run.warnings.join('\n')).toContain('warning: Source "lonely" is not cited anywhere');
    expect(run.exits).toEqual([]);
  });

  it('fails a real `astro build` of a bad fixture with the problem and its location', { timeout: 60_000 }, () => {
    const result = spawnSync(
      process.execPath,
      [
        join(repo, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--root',
        fixture('data-unknown-cite'),
        '--config',
        '../../../astro.config.mjs',
      ],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    expect(result.status).toBe(1);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain(expected);
    // Only the problems: no crash banner, no stack trace.
    expect(output).not.toMatch(/unhandled error|\n\s+at .+:\d+:\d+\)?\n/i);
  });
});

describe('npm run dev validates again when content is saved', () => {
  it('logs the located problems after a save under content/, and nothing for other files', async () => {
    const root = fixture('data-unknown-cite');
    let listener: (event: string, path: string) => void = () => {};
    const logged: string[] = [];
    watchContent(
      root,
      { on: (_event, fn) => (listener = fn) },
      { warn: (m: string) => logged.push(m), info: (m: string) => logged.push(m) },
      false,
      10,
    );
    listener('change', join(root, 'src/anything.ts'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged).toEqual([]);
    listener('change', join(root, 'content/topics/index.mdx'));
    await vi.waitFor(() => expect(logged).toHaveLength(1), { timeout: 10_000 });
    expect(logged[0]).toContain('content/topics/index.mdx saved; content problems:');
    expect(logged[0]).toContain(expected);
  });
});
