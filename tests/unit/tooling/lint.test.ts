import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/paths.ts';

const eslint = new ESLint({ cwd: projectRoot });

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the project). */
async function rulesFiredFor(path: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, path) });
  return result!.messages.map((m) => m.ruleId);
}

describe('ESLint', () => {
  it('finds no errors in the project (run `npm run lint` to see them)', { timeout: 180_000 }, async () => {
    const results = await eslint.lintFiles(['.']);
    const errors = results.flatMap((r) =>
      r.messages
        .filter((m) => m.severity === 2)
        .map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
  });

  it('rejects an import against the data flow (model -> validation)', async () => {
    const code = "import { validateProject } from '../validation/validate.ts';\nexport const v = validateProject;\n";
    expect(await rulesFiredFor('src/model/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects content access reaching up into the page models', async () => {
    const code = "import { toNavTopic } from '../model/navigation.ts';\nexport const n = toNavTopic;\n";
    expect(await rulesFiredFor('src/collections/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects src/ importing from scripts/ or tests/', async () => {
    const code = "import { projectRoot } from '../../tests/support/paths.ts';\nexport const r = projectRoot;\n";
    expect(await rulesFiredFor('src/diagrams/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects a component that reads files', async () => {
    const code =
      "---\nimport { readFileSync } from 'node:fs';\nconst text = readFileSync('x', 'utf8');\n---\n<p>{text}</p>\n";
    expect(await rulesFiredFor('src/components/page/Probe.astro', code)).toEqual(['no-restricted-imports']);
  });

  it('rejects a component that reaches the diagram readers instead of the diagrams collection', async () => {
    const code =
      "---\nimport { readRenderedSvgs } from '../../diagrams/cache.ts';\nconst svgs = readRenderedSvgs('.', 'x');\n---\n<p>{String(svgs)}</p>\n";
    expect(await rulesFiredFor('src/components/mdx/Probe.astro', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('allows an import along the data flow (model -> collections)', async () => {
    const code = "import type { DataSet } from '../collections/dataset.ts';\nexport type D = DataSet;\n";
    expect(await rulesFiredFor('src/model/probe.ts', code)).toEqual([]);
  });
});

describe('Prettier', () => {
  it('finds every committed file formatted (run `npm run format` to fix)', { timeout: 120_000 }, async () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: projectRoot,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const ignorePath = join(projectRoot, '.prettierignore');
    const unformatted: string[] = [];
    let checked = 0;
    for (const file of files) {
      const path = join(projectRoot, file);
      const info = await prettier.getFileInfo(path, { ignorePath });
      if (info.ignored || !info.inferredParser) continue;
      const options = await prettier.resolveConfig(path);
      checked++;
      if (!(await prettier.check(readFileSync(path, 'utf8'), { ...options, filepath: path }))) unformatted.push(file);
    }
    expect(unformatted).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
