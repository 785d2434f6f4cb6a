/** The benchmark report as Markdown: budgets first, then every measurement, then what was not measured. */
import type { BenchReport, BuildMeasurement, BudgetStatus, Bytes } from './report-types.ts';
import { formatBytes, formatMs } from './units.ts';

const statusMark: Record<BudgetStatus, string> = {
  met: 'met',
  'not met': '**not met**',
  'not measured': 'not measured',
};

const sizes = (b: Bytes) => `${formatBytes(b.raw)} / ${formatBytes(b.gzip)}`;
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

function buildRow(b: BuildMeasurement): string[] {
  return [
    b.label,
    b.ok ? formatMs(b.wallMs) : 'failed',
    formatMs(b.cpuMs),
    formatBytes(b.peakRssBytes),
    String(b.htmlPages),
  ];
}

const buildsNote =
  'Wall time from start to exit of `astro build`. CPU time (user + system) and peak memory (resident) cover the whole process tree, sampled every 100 ms from /proc; CPU time hardly changes when other work shares the machine, wall time does.';

const classicCategories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** "FCP 0.8 s, LCP 1.0 s, TBT 250 ms, CLS 0, SI 3.7 s" from Lighthouse audit values. */
export function formatMetrics(metrics: Record<string, number | null> | undefined): string {
  if (!metrics) return '';
  const names: [string, string][] = [
    ['first-contentful-paint', 'FCP'],
    ['largest-contentful-paint', 'LCP'],
    ['total-blocking-time', 'TBT'],
    ['cumulative-layout-shift', 'CLS'],
    ['speed-index', 'SI'],
  ];
  return names
    .filter(([id]) => typeof metrics[id] === 'number')
    .map(
      ([id, short]) =>
        `${short} ${id === 'cumulative-layout-shift' ? Number(metrics[id]!.toFixed(3)) : formatMs(metrics[id]!)}`,
    )
    .join(', ');
}

function lighthouseSection(report: BenchReport): string[] {
  const results = report.measurements.lighthouse;
  if (results.length === 0) return [];
  const extra = [...new Set(results.flatMap((r) => Object.keys(r.scores)))].filter(
    (c) => !classicCategories.includes(c),
  );
  const score = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : String(v));
  const rows = results.map((r) => [
    r.kind,
    r.path,
    ...classicCategories.map((c) => score(r.scores[c])),
    ...extra.map((c) => score(r.scores[c])),
    String(r.runs),
    formatMetrics(r.metrics),
    r.error ?? '',
  ]);
  return [
    '## Lighthouse (mobile, default settings)',
    '',
    `Scores are the median of the runs per page.${extra.length ? ` Extra categories reported by this Lighthouse version, not budgeted: ${extra.join(', ')}.` : ''}`,
    '',
    table(['Page type', 'Path', ...classicCategories, ...extra, 'Runs', 'Metrics (median)', 'Error'], rows),
    '',
  ];
}

export function formatMarkdown(report: BenchReport): string {
  const { environment: env, measurements: m } = report;
  const out: string[] = [
    '# Benchmark report',
    '',
    `${env.date} · commit ${env.commit ?? 'unknown'} · Node ${env.node} · ${env.cpus} × ${env.cpuModel} · ${formatBytes(env.memoryBytes)} RAM · Astro ${env.astro ?? '?'} · Lighthouse ${env.lighthouse ?? '?'} · total ${formatMs(report.totalMs)}`,
    '',
    `Load average (1 min): ${env.loadAverage.start.toFixed(1)} at the start, ${env.loadAverage.end.toFixed(1)} at the end, on ${env.cpus} CPUs.${Math.max(env.loadAverage.start, env.loadAverage.end) > env.cpus ? ' The machine was busy with other work: timings and the Lighthouse performance score are pessimistic.' : ''}`,
    '',
    `Options: ${Object.entries(report.options)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}. Sizes: 1 KB = 1024 bytes; "raw / gzip" is as served / gzip level 9.`,
    '',
    '## Budgets',
    '',
    table(
      ['Budget', 'Limit', 'Measured', 'Status'],
      report.budgets.map((b) => [b.label, b.limit, b.actual, statusMark[b.status]]),
    ),
    '',
  ];
  const builds = [m.coldBuild, m.warmBuild].filter((b): b is BuildMeasurement => !!b);
  if (builds.length) {
    out.push(
      '## Builds of the real site',
      '',
      buildsNote,
      '',
      table(['Build', 'Wall time', 'CPU time', 'Peak memory', 'HTML pages'], builds.map(buildRow)),
      '',
    );
    for (const b of builds.filter((x) => !x.ok)) out.push(`${b.label} failed:`, '', '```', b.error ?? '', '```', '');
  }
  if (m.pages.length) {
    out.push(
      '## Page weight (Chromium, cold cache, raw / gzip)',
      '',
      'CSS and JS include inline `<style>` (outside SVG) and inline `<script>`, which are also counted in the HTML.',
      '',
      table(
        ['Page type', 'Path', 'HTML', 'CSS', 'JS', 'Other', 'Requests', 'Note'],
        m.pages.map((p) => [
          p.kind,
          p.path,
          sizes(p.html),
          sizes(p.css),
          sizes(p.js),
          sizes(p.other),
          String(p.requests),
          p.note ?? '',
        ]),
      ),
      '',
    );
  }
  if (m.realEmptyPageHtml || m.scale?.emptyPageHtml) {
    out.push('## HTML around the content (a nearly empty page)', '');
    if (m.realEmptyPageHtml) out.push(`- Real site plus one nearly empty page: ${sizes(m.realEmptyPageHtml)}`);
    if (m.scale?.emptyPageHtml)
      out.push(`- Synthetic site of ${m.scale.generatedPages} pages: ${sizes(m.scale.emptyPageHtml)}`);
    out.push('');
  }
  out.push(...lighthouseSection(report));
  if (m.pagefind) {
    const p = m.pagefind;
    out.push(
      '## Search: first query',
      '',
      p.status === 'measured'
        ? `${p.how}: ${p.requests} requests, ${sizes(p.bytes!)}.`
        : `${p.status}${p.how ? ` (${p.how})` : ''}: ${p.note ?? ''}`,
      '',
    );
  }
  if (m.scale) {
    const s = m.scale;
    const refs = s.references;
    out.push(
      `## Synthetic scale run: ${s.generatedPages} generated pages`,
      '',
      table(
        ['Build', 'Wall time', 'CPU time', 'Peak memory', 'HTML pages', 'Pages per second'],
        [[...buildRow(s.build), s.build.ok ? s.pagesPerSecond.toFixed(1) : 'n/a']],
      ),
      '',
      `References in the generated pages: ${refs.cites} citations, ${refs.comparisonTables} comparison tables, ${refs.diagrams} diagrams.`,
      '',
    );
    if (!s.build.ok) out.push('The synthetic build failed:', '', '```', s.build.error ?? '', '```', '');
  }
  if (report.notes.length) out.push('## Not measured in this run', '', ...report.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
