/**
 * Build-scale runs of `npm run bench`:
 * - `--peer starlight`: our site and Starlight build the same generated MDX pages, in turn, `runs`
 *   times; the report gives our/peer ratios of wall time, whole-tree CPU time and whole-tree peak
 *   memory, with their spread over the pairs. No figure from before the run is used for the peer.
 * - `--growth`: our site at several page counts (one section holding them all), with time and memory
 *   per page, so a cost that grows faster than the page count shows.
 * Both note the machine's load, and warn when it is too high for wall times to mean anything.
 */
import { cpus, loadavg } from 'node:os';
import { sectionIds } from '../../src/schemas/sections.ts';
import { buildGeneratedSite } from './generated-site-build.ts';
import { measureBuild } from './measure-build.ts';
import { starlightProject, starlightVersions } from './peer-starlight.ts';
import type { BuildMeasurement, Bytes } from './report-types.ts';
import { generateSyntheticPages } from './synthetic-pages.ts';
import { formatBytes, formatMs } from './units.ts';

type Log = (message: string) => void;

/** One-minute load average per core above which wall times are not comparable. */
export const busyLoadPerCore = 0.5;

export function loadNote(loads: readonly number[]): string {
  const cores = cpus().length;
  const worst = Math.max(...loads);
  const line = `Load average (1 min) during the run: ${loads.map((l) => l.toFixed(2)).join(', ')} on ${cores} cores.`;
  return worst > busyLoadPerCore * cores
    ? `${line} **Warning: the machine was busy (above ${busyLoadPerCore} per core); wall times, and their ratios, do not mean much. CPU time and memory are less affected.**`
    : line;
}

export interface PeerPair {
  ours: BuildMeasurement;
  peer: BuildMeasurement;
}

/** Median, min and max of a list of numbers. */
export function spread(values: readonly number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

export async function runPeer(opts: {
  projectRoot: string;
  pages: number;
  runs: number;
  log: Log;
}): Promise<{ pairs: PeerPair[]; loads: number[] }> {
  const peer = starlightProject(opts.log);
  const { pages } = generateSyntheticPages({
    count: opts.pages,
    sectionIds,
    data: { sourceIds: [], comparisonIds: [], diagramIds: [] },
    today: new Date(),
  });
  const pairs: PeerPair[] = [];
  const loads: number[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    loads.push(loadavg()[0]!);
    opts.log(`pair ${run} of ${opts.runs}: our build of ${opts.pages} plain MDX pages plus the real site`);
    const ours = (
      await buildGeneratedSite({
        projectRoot: opts.projectRoot,
        count: opts.pages,
        label: `ours, run ${run}`,
        keep: false,
        plain: true,
      })
    ).build;
    opts.log(
      `pair ${run} of ${opts.runs}: Starlight ${starlightVersions['@astrojs/starlight']} building the same pages`,
    );
    peer.writePages(pages);
    const theirs = await measureBuild({ root: peer.root, label: `Starlight, run ${run}`, command: peer.command });
    pairs.push({ ours, peer: theirs });
  }
  loads.push(loadavg()[0]!);
  return { pairs, loads };
}

const ratioCell = (values: number[]) => {
  const s = spread(values);
  return `${s.median.toFixed(2)}x (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
};

export function peerMarkdown(result: { pairs: PeerPair[]; loads: number[] }, pages: number): string {
  const ok = result.pairs.filter((p) => p.ours.ok && p.peer.ok);
  const rows = result.pairs.flatMap(({ ours, peer }) =>
    [ours, peer].map(
      (b) =>
        `| ${b.label} | ${b.ok ? formatMs(b.wallMs) : 'failed'} | ${formatMs(b.cpuMs)} | ${formatBytes(b.peakRssBytes)} | ${b.htmlPages} |`,
    ),
  );
  const lines = [
    `# Build against Starlight: ${pages} generated MDX pages`,
    '',
    `Starlight ${starlightVersions['@astrojs/starlight']} with Astro ${starlightVersions.astro}, installed from the registry; both sides build the same generated pages, cold, in turn. Our side also builds the real site's pages, validates content in a process of its own alongside Astro and indexes each page for search as it is rendered (npm run build); Starlight validates its frontmatter during the build and indexes the finished pages at its end. CPU time and peak memory cover the whole process tree, children included (Pagefind, workers).`,
    '',
    loadNote(result.loads),
    '',
    '| Ratio ours / Starlight | median (min–max over pairs) |',
    '|---|---|',
    `| Wall time | ${ok.length ? ratioCell(ok.map((p) => p.ours.wallMs / p.peer.wallMs)) : 'n/a'} |`,
    `| CPU time, whole tree | ${ok.length ? ratioCell(ok.map((p) => p.ours.cpuMs / p.peer.cpuMs)) : 'n/a'} |`,
    `| Peak memory, whole tree | ${ok.length ? ratioCell(ok.map((p) => p.ours.peakRssBytes / p.peer.peakRssBytes)) : 'n/a'} |`,
    '',
    `Pairs measured: ${ok.length} of ${result.pairs.length}.`,
    '',
    '| Build | Wall | CPU | Peak memory | HTML pages |',
    '|---|---|---|---|---|',
    ...rows,
    ...result.pairs
      .flatMap(({ ours, peer }) => [ours, peer])
      .filter((b) => !b.ok)
      .map((b) => `\n${b.label} failed:\n\n\`\`\`\n${b.error ?? ''}\n\`\`\``),
  ];
  return `${lines.join('\n')}\n`;
}

export interface GrowthRow {
  pages: number;
  build: BuildMeasurement;
  /** HTML of the nearly empty page in the same section as every generated page. */
  emptyPageHtml: Bytes | undefined;
}

export async function runGrowth(opts: {
  projectRoot: string;
  sizes: number[];
  log: Log;
}): Promise<{ rows: GrowthRow[]; loads: number[] }> {
  const rows: GrowthRow[] = [];
  const loads: number[] = [];
  for (const pages of opts.sizes) {
    loads.push(loadavg()[0]!);
    opts.log(`growth: ${pages} generated pages in one section`);
    const result = await buildGeneratedSite({
      projectRoot: opts.projectRoot,
      count: pages,
      label: `${pages} pages`,
      keep: false,
      oneSection: true,
    });
    rows.push({ pages, build: result.build, emptyPageHtml: result.emptyPageHtml });
  }
  loads.push(loadavg()[0]!);
  return { rows, loads };
}

/** Per-page cost at the largest size over per-page cost at the smallest: above this, growth is called super-linear. */
export const superLinearFactor = 1.25;

export function growthMarkdown(result: { rows: GrowthRow[]; loads: number[] }): string {
  const ok = result.rows.filter((r) => r.build.ok);
  const perPage = (r: GrowthRow) => ({
    ms: r.build.wallMs / r.build.htmlPages,
    cpu: r.build.cpuMs / r.build.htmlPages,
    bytes: r.build.peakRssBytes / r.build.htmlPages,
  });
  const rows = result.rows.map((r) =>
    r.build.ok
      ? `| ${r.pages} | ${r.build.htmlPages} | ${formatMs(r.build.wallMs)} | ${formatMs(r.build.cpuMs)} | ${formatBytes(r.build.peakRssBytes)} | ${perPage(r).ms.toFixed(1)} ms | ${perPage(r).cpu.toFixed(1)} ms | ${formatBytes(Math.round(perPage(r).bytes))} | ${r.emptyPageHtml ? formatBytes(r.emptyPageHtml.gzip) : 'n/a'} |`
      : `| ${r.pages} | failed | | | | | | | |`,
  );
  const verdicts: string[] = [];
  if (ok.length >= 2) {
    const [first, last] = [perPage(ok[0]!), perPage(ok.at(-1)!)];
    for (const [name, a, b] of [
      ['CPU time', first.cpu, last.cpu],
      ['wall time', first.ms, last.ms],
    ] as const) {
      const f = b / a;
      verdicts.push(
        `Per-page ${name} from ${ok[0]!.pages} to ${ok.at(-1)!.pages} pages: ${f.toFixed(2)}x${f > superLinearFactor ? ' — **super-linear**' : ' (linear or better)'}.`,
      );
    }
    const memGrowth = ok.at(-1)!.build.peakRssBytes - ok[0]!.build.peakRssBytes;
    const pagesAdded = ok.at(-1)!.build.htmlPages - ok[0]!.build.htmlPages;
    verdicts.push(
      `Peak memory added per added page: ${formatBytes(Math.round(memGrowth / pagesAdded))} (peak memory includes a fixed cost, so per-page memory falls as sites grow).`,
    );
  }
  return `${[
    '# Growth: build cost per page',
    '',
    'Our build (npm run build) of the real site plus N generated pages, all in one section (the longest sidebar section possible). Page chrome is the gzip HTML of a nearly empty page in that section.',
    '',
    loadNote(result.loads),
    '',
    '| Generated | HTML pages | Wall | CPU | Peak memory | Wall per page | CPU per page | Peak memory per page | Page chrome (gzip) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...verdicts,
    ...result.rows
      .filter((r) => !r.build.ok)
      .map((r) => `\n${r.pages} pages failed:\n\n\`\`\`\n${r.build.error ?? ''}\n\`\`\``),
  ].join('\n')}\n`;
}
