import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectData, type ProjectData } from '../../../../scripts/bench/project-data.ts';
import { emptyPageId, generateSyntheticPages } from '../../../../scripts/bench/synthetic-pages.ts';
import { formatProblem } from '../../../../src/problems/problems.ts';
import { validateProject } from '../../../../src/validation/validate.ts';
import { sectionIds } from '../../../../src/schemas/sections.ts';
import { projectRoot } from '../../../support/paths.ts';

const noData: ProjectData = { sourceIds: [], comparisonIds: [], diagramIds: [] };
const today = new Date();

function writeSite(root: string, pages: { id: string; text: string }[]) {
  mkdirSync(join(root, 'content/topics'), { recursive: true });
  for (const p of pages) writeFileSync(join(root, 'content/topics', `${p.id}.mdx`), p.text);
}

const errorsIn = (root: string) =>
  validateProject(root)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

describe('synthetic pages', () => {
  it('pass the project’s own validation: frontmatter, headings, links and related pages', () => {
    const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
    const { pages } = generateSyntheticPages({ count: 60, sectionIds, data: noData, today });
    writeSite(root, pages);
    const { topics } = validateProject(root);
    expect(errorsIn(root)).toEqual([]);
    expect(topics).toHaveLength(61);
  });

  it('spread over every section, with unique titles, descriptions of 50 to 160 characters and no future dates', () => {
    const { pages } = generateSyntheticPages({ count: 70, sectionIds, data: noData, today });
    const field = (text: string, name: string) => new RegExp(`^${name}: "?(.*?)"?$`, 'm').exec(text)![1]!;
    expect(new Set(pages.map((p) => field(p.text, 'section')))).toEqual(new Set(sectionIds));
    const titles = pages.map((p) => field(p.text, 'title'));
    expect(new Set(titles).size).toBe(titles.length);
    for (const p of pages) {
      expect(field(p.text, 'description').length).toBeGreaterThanOrEqual(50);
      expect(field(p.text, 'description').length).toBeLessThanOrEqual(160);
      expect(new Date(field(p.text, 'updated')).getTime()).toBeLessThanOrEqual(today.getTime());
    }
  });

  it('give each page headings, a table and links to other generated pages', () => {
    const { pages } = generateSyntheticPages({ count: 20, sectionIds, data: noData, today });
    const first = pages[0]!.text;
    expect(first).toMatch(/^## /m);
    expect(first).toMatch(/^### /m);
    expect(first).toMatch(/^\|---\|---\|---\|$/m);
    expect(first).toContain('](/synthetic-0002/)');
  });

  it('end with one nearly empty page', () => {
    const { pages } = generateSyntheticPages({ count: 5, sectionIds, data: noData, today });
    const empty = pages.at(-1)!;
    expect(empty.id).toBe(emptyPageId);
    expect(empty.text.split('---\n')[2]!.trim()).toBe('This page is almost empty.');
  });

  it('are the same for the same seed, so runs compare', () => {
    const a = generateSyntheticPages({ count: 10, sectionIds, data: noData, today });
    const b = generateSyntheticPages({ count: 10, sectionIds, data: noData, today });
    expect(a).toEqual(b);
  });

  it('cite sources and embed tables and diagrams only with ids that exist', () => {
    const data: ProjectData = {
      sourceIds: ['man-namespaces', 'kvm-merge'],
      comparisonIds: ['containers-vs-vms'],
      diagramIds: ['type-1-hypervisor'],
    };
    const { pages, references } = generateSyntheticPages({ count: 20, sectionIds, data, today });
    const all = pages.map((p) => p.text).join('\n');
    expect(references).toEqual({ cites: 60, comparisonTables: 2, diagrams: 4 });
    const cited = [...all.matchAll(/<Cite id="([^"]+)" \/>/g)].map((m) => m[1]!);
    expect(cited).toHaveLength(60);
    expect(cited.filter((id) => !data.sourceIds.includes(id))).toEqual([]);
    expect(all.match(/<ComparisonTable id="containers-vs-vms" \/>/g)).toHaveLength(2);
    expect(all.match(/<Diagram id="type-1-hypervisor" \/>/g)).toHaveLength(4);
    expect(
      generateSyntheticPages({ count: 20, sectionIds, data: noData, today })
        .pages.map((p) => p.text)
        .join(''),
    ).not.toMatch(/<(Cite|ComparisonTable|Diagram)\b/);
  });

  it('validate next to the project’s real content, referencing its real data when there is some', () => {
    const root = mkdtempSync(join(tmpdir(), 'synthetic-real-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    const data = readProjectData(root);
    const { pages } = generateSyntheticPages({ count: 40, sectionIds, data, today });
    writeSite(root, pages);
    expect(existsSync(join(root, 'content/topics/index.mdx'))).toBe(true);
    expect(errorsIn(root)).toEqual([]);
  });
});
