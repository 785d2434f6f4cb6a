import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/integrations/validate-content.ts';
import { astroBuild } from '../../../scripts/lib/project.ts';
import { projectRoot } from '../../support/paths.ts';

const repo = projectRoot;
const fixture = (name: string) => join(repo, 'tests/fixtures', name);
const expected = 'content/topics/index.mdx:9:92 error: No source has the id "kvm-merg"; did you mean "kvm-merge"?';

/** Run the integration's setup hook the way Astro does, for a project rooted at `root`. */
function runSetupHook(root: string, command: 'build' | 'dev') {
  const warnings: string[] = [];
  const hook = validateContent().hooks['astro:config:setup'] as (options: unknown) => void;
  hook({ config: { root: pathToFileURL(`${root}/`) }, command, logger: { warn: (m: string) => warnings.push(m) } });
  return warnings;
}

describe('the build validates content with the same messages as npm run validate', () => {
  it('throws the formatted problems when building bad content', () => {
    expect(() => runSetupHook(fixture('data-unknown-cite'), 'build')).toThrow(expected);
  });

  it('only logs the problems in dev, so the server keeps running', () => {
    expect(runSetupHook(fixture('data-unknown-cite'), 'dev').join('\n')).toContain(expected);
  });

  it('lets a build with warnings only go ahead, listing the warnings', () => {
    expect(runSetupHook(fixture('data-uncited-source'), 'dev').join('\n')).toContain(
      'warning: Source "lonely" is not cited anywhere',
    );
    expect(() => runSetupHook(fixture('data-uncited-source'), 'build')).not.toThrow();
  });

  it('fails a real `astro build` of a bad fixture with the problem and its location', { timeout: 60_000 }, () => {
    const build = astroBuild({
      args: ['--root', fixture('data-unknown-cite'), '--config', '../../../astro.config.mjs'],
    });
    const result = spawnSync(build.command, build.args, { ...build.options, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toContain(expected);
  });
});
