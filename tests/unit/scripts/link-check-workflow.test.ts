import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/paths.ts';

const root = projectRoot;
const workflow = parse(readFileSync(join(root, '.github/workflows/link-check.yml'), 'utf8')) as {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
};
const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));

describe('the weekly link-check workflow', () => {
  it('runs every week and on demand', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]!.cron.split(' ')).toHaveLength(5);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('may only read the code and write issues', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('runs the npm script that exists in package.json and files its report as one issue', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['check-links']).toBe('node scripts/check-links.ts');
    expect(runs.some((r) => r.includes('npm run --silent check-links > report.md'))).toBe(true);
    const issueStep = runs.find((r) => r.includes('gh issue'))!;
    expect(issueStep).toContain('gh issue edit "$number" --body-file report.md');
    expect(issueStep).toContain('gh issue create --title "$TITLE" --body-file report.md');
  });
});
