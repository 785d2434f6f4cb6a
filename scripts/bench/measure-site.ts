/**
 * Everything measured against the built real site, served from dist/ on 127.0.0.1: page weights
 * per page type in Chromium, the first search's Pagefind bytes, and Lighthouse scores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../src/tooling/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { htmlFiles, pathOfFile } from './html-files.ts';
import { lighthousePage, type LighthouseRuns } from './lighthouse.ts';
import { measurePage } from './page-weight.ts';
import { measurePagefind } from './pagefind.ts';
import { pickPages } from './pick-pages.ts';
import type { LighthouseResult, PageKind, PageWeight, PagefindMeasurement } from './report-types.ts';

/** The pages Lighthouse audits. */
const lighthouseKinds: PageKind[] = ['home', 'topic with diagrams', 'comparison', 'technology'];

export interface SiteMeasurements {
  pages: PageWeight[];
  pagefind: PagefindMeasurement;
  lighthouse: LighthouseResult[];
  notes: string[];
}

export async function measureSite(opts: {
  projectRoot: string;
  dist: string;
  base: string;
  lighthouseRuns: LighthouseRuns | undefined;
  log: (m: string) => void;
}): Promise<SiteMeasurements> {
  const built = htmlFiles(opts.dist).map((file) => ({
    path: pathOfFile(file),
    html: readFileSync(join(opts.dist, file), 'utf8'),
  }));
  const { picked, missing } = pickPages(built);
  const notes = missing.map((m) => `Page weight, ${m}.`);
  const server = await serveStatic(opts.dist, { base: opts.base });
  try {
    const browser = await launchChromium();
    const pages: PageWeight[] = [];
    let pagefind: PagefindMeasurement;
    try {
      for (const page of picked) {
        opts.log(`loading ${page.path} (${page.kind})`);
        pages.push(await measurePage(browser, server.url, page));
      }
      opts.log('measuring the first search');
      pagefind = await measurePagefind(browser, opts.dist, server.url);
    } finally {
      await browser.close();
    }
    const lighthouse: LighthouseResult[] = [];
    if (opts.lighthouseRuns) {
      for (const kind of lighthouseKinds) {
        const page = picked.find((p) => p.kind === kind);
        if (!page) {
          notes.push(`Lighthouse, ${kind}: no such page yet.`);
          continue;
        }
        if (page.note?.includes('stands in')) notes.push(`Lighthouse, ${kind}: ${page.note} (${page.path}).`);
        // A page standing in for two types is audited once.
        const audited = lighthouse.find((r) => r.path === page.path);
        if (audited) {
          lighthouse.push({ ...audited, kind });
          continue;
        }
        opts.log(`Lighthouse ${page.path} (${kind})`);
        lighthouse.push(await lighthousePage(opts.projectRoot, server.url, page, opts.lighthouseRuns));
      }
    }
    return { pages, pagefind, lighthouse, notes };
  } finally {
    await server.close();
  }
}
