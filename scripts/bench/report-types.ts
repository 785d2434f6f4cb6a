/**
 * The shape of a benchmark run's results: what `npm run bench` measures, writes as JSON and formats
 * as Markdown. `undefined` (or a `skipped` note) means "not measured in this run"; the report says why.
 */

/** A size in bytes, as served (raw) and compressed with gzip level 9. */
export interface Bytes {
  raw: number;
  gzip: number;
}

export interface BuildMeasurement {
  /** What was built, e.g. "cold build of the real site". */
  label: string;
  ok: boolean;
  /** Wall time from spawning `astro build` to its exit. */
  wallMs: number;
  /** Peak resident memory of the build's whole process tree, sampled from /proc. */
  peakRssBytes: number;
  /** User + system CPU time of the process tree: less sensitive than wall time to a busy machine. */
  cpuMs: number;
  /** HTML pages in the output folder. */
  htmlPages: number;
  /** The last lines of the build's output when it failed. */
  error?: string | undefined;
}

export type PageKind = 'home' | 'topic' | 'topic with diagrams' | 'comparison' | 'technology' | 'search';

/** One page loaded in Chromium with a cold cache: every response it made, grouped by type. */
export interface PageWeight {
  kind: PageKind;
  /** Root-relative path without the base, e.g. `/containers/`. */
  path: string;
  /** Why this page was picked (or what it stands in for). */
  note?: string | undefined;
  html: Bytes;
  /** Stylesheet files plus `<style>` elements outside inline SVG. */
  css: Bytes;
  /** Script files plus inline `<script>` code: everything that runs before any interaction. */
  js: Bytes;
  /** Everything else (images, fonts, fetches). */
  other: Bytes;
  requests: number;
}

export interface LighthouseResult {
  kind: PageKind;
  path: string;
  runs: number;
  /** Median score per category id, 0 to 100; `null` when Lighthouse could not score it. */
  scores: Record<string, number | null>;
  /**
   * Median of the performance metrics behind the score, by audit id (milliseconds; CLS unitless):
   * a high total blocking time on a page with almost no JavaScript points at a busy machine.
   */
  metrics?: Record<string, number | null> | undefined;
  /** Lighthouse's own error message when a run failed. */
  error?: string | undefined;
}

export interface PagefindMeasurement {
  status: 'measured' | 'not built' | 'failed';
  /** The page loaded and what was done there. */
  how?: string | undefined;
  requests?: number | undefined;
  bytes?: Bytes | undefined;
  note?: string | undefined;
}

export interface DataReferenceCounts {
  cites: number;
  comparisonTables: number;
  diagrams: number;
}

export interface ScaleMeasurement {
  /** Generated topic pages (plus the project's own pages and one nearly empty page). */
  generatedPages: number;
  build: BuildMeasurement;
  pagesPerSecond: number;
  /** The nearly empty generated page: the HTML around the content in a site of this size. */
  emptyPageHtml?: Bytes | undefined;
  /** Data references the generated pages make, or zero when the project has no data layer yet. */
  references: DataReferenceCounts;
}

export interface EnvironmentInfo {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  commit?: string | undefined;
  astro?: string | undefined;
  lighthouse?: string | undefined;
  /** One-minute load average when the run started and ended: other work on the machine inflates every timing. */
  loadAverage: { start: number; end: number };
}

export interface BenchMeasurements {
  coldBuild?: BuildMeasurement | undefined;
  warmBuild?: BuildMeasurement | undefined;
  /** HTML around the content on the real site: a nearly empty page added to a copy of the project. */
  realEmptyPageHtml?: Bytes | undefined;
  pages: PageWeight[];
  lighthouse: LighthouseResult[];
  pagefind?: PagefindMeasurement | undefined;
  scale?: ScaleMeasurement | undefined;
}

export type BudgetStatus = 'met' | 'not met' | 'not measured';

export interface BudgetResult {
  id: string;
  label: string;
  /** The limit in words, e.g. "<= 2.0 KB gzip". */
  limit: string;
  /** The measured value in words, or why it was not measured. */
  actual: string;
  status: BudgetStatus;
}

export interface BenchReport {
  environment: EnvironmentInfo;
  /** The command-line options the run used. */
  options: Record<string, string | number | boolean>;
  measurements: BenchMeasurements;
  budgets: BudgetResult[];
  /** Things this run did not measure, each with the reason. */
  notes: string[];
  totalMs: number;
}
