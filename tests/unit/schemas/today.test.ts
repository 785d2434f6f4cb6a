import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';
import { fixturePath, projectRoot } from '../../support/paths.ts';

const page = { title: 'A page', description: 'A description long enough to pass the schema of a topic page.', section: 'start', order: 1 };
const source = { id: 'a', title: 'A source', publisher: 'Example', url: 'https://example.org/a', kind: 'docs' };

/** The calendar date (YYYY-MM-DD) on a wall clock in `timeZone` at this moment. */
function localToday(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describe('"today" is the same for pages and data files', () => {
  afterEach(() => vi.useRealTimers());

  it('accepts the date of UTC+14 as today, in page frontmatter and in data files alike', () => {
    // 20:00 UTC on 30 November is already 10:00 on 1 December in Kiritimati.
    vi.useFakeTimers({ now: new Date('2026-11-30T20:00:00Z') });
    expect(topicSchema.safeParse({ ...page, updated: '2026-12-01' }).success).toBe(true);
    expect(topicSchema.safeParse({ ...page, updated: new Date('2026-12-01') }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, accessed: '2026-12-01' }).success).toBe(true);
  });

  it('rejects the day after that, in both', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T20:00:00Z') });
    expect(topicSchema.safeParse({ ...page, updated: new Date('2026-12-02') }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, accessed: '2026-12-02' }).success).toBe(false);
  });
});

describe('a page and a source dated the local today validate in every time zone', () => {
  // The validator runs in a child process whose TZ is set, as it would on a contributor's machine.
  for (const zone of ['Pacific/Kiritimati', 'Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago']) {
    it(`in ${zone}`, () => {
      const root = mkdtempSync(join(tmpdir(), 'today-'));
      try {
        cpSync(fixturePath('good'), root, { recursive: true });
        const today = localToday(zone);
        const topic = join(root, 'content/topics/second.mdx');
        writeFileSync(topic, readFileSync(topic, 'utf8').replace(/^updated: .*$/m, `updated: ${today}`));
        const sources = join(root, 'content/data/sources/main.yaml');
        writeFileSync(sources, readFileSync(sources, 'utf8').replace('accessed: 2025-01-01', `accessed: ${today}`));
        const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/validate.ts'), '--root', root], {
          env: { ...process.env, TZ: zone },
          encoding: 'utf8',
        });
        expect(readFileSync(topic, 'utf8')).toContain(`updated: ${today}`);
        expect(run.stdout + run.stderr).toContain('0 errors');
        expect(run.status).toBe(0);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
