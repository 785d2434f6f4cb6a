/**
 * Build a copy of the project with generated pages added: the scale run (N synthetic pages) and
 * the real site plus one nearly empty page (N = 0). Reports the build and the empty page's HTML.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionIds } from '../../src/schemas/sections.ts';
import { bytesOf } from './bytes.ts';
import { fileOfPath } from './html-files.ts';
import { measureBuild } from './measure-build.ts';
import { readProjectData } from './project-data.ts';
import type { BuildMeasurement, Bytes, DataReferenceCounts } from './report-types.ts';
import { emptyPageId, generateSyntheticPages } from './synthetic-pages.ts';
import { copyProject } from './temp-project.ts';

export interface GeneratedSiteResult {
  build: BuildMeasurement;
  emptyPageHtml: Bytes | undefined;
  references: DataReferenceCounts;
  /** Where the copy was built, when kept for inspection. */
  keptAt?: string | undefined;
}

export interface GeneratedSiteOptions {
  projectRoot: string;
  count: number;
  label: string;
  keep: boolean;
  /** Plain MDX pages without citations, tables from data or diagrams: the corpus a peer builds too. */
  plain?: boolean;
  /** Put every generated page in the first section, so the sidebar meets the longest possible section. */
  oneSection?: boolean;
}

export async function buildGeneratedSite(opts: GeneratedSiteOptions): Promise<GeneratedSiteResult> {
  const copy = copyProject(opts.projectRoot, opts.count ? 'bench-scale' : 'bench-empty-page');
  try {
    const { pages, references } = generateSyntheticPages({
      count: opts.count,
      sectionIds: opts.oneSection ? sectionIds.slice(0, 1) : sectionIds,
      data: opts.plain ? { sourceIds: [], comparisonIds: [], diagramIds: [] } : readProjectData(copy.root),
      today: new Date(),
    });
    for (const page of pages) writeFileSync(join(copy.root, 'content/topics', `${page.id}.mdx`), page.text);
    const build = await measureBuild({ root: copy.root, label: opts.label });
    const emptyFile = fileOfPath(join(copy.root, 'dist'), `/${emptyPageId}/`);
    const emptyPageHtml = build.ok && existsSync(emptyFile) ? bytesOf(readFileSync(emptyFile)) : undefined;
    return { build, emptyPageHtml, references, keptAt: opts.keep ? copy.root : undefined };
  } finally {
    if (!opts.keep) copy.remove();
  }
}
