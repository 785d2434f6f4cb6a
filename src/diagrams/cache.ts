/**
 * The render cache: one SVG per diagram and theme in `content/diagrams/.rendered/<key>.svg`,
 * committed with the sources so a fresh clone builds without a browser. The key is a hash of
 * everything that changes the drawing: the Mermaid source, Mermaid's version, the theme settings and
 * the renderer's own version. Titles, descriptions and captions are not in the key: they are added
 * when a page embeds the SVG, so editing them never needs a browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mermaidPackage from 'mermaid/package.json' with { type: 'json' };
import { classDefs, mermaidConfig, palettes, themeNames, type ThemeName } from './palette.ts';
import type { DiagramSpec } from './source.ts';

export const cacheDir = 'content/diagrams/.rendered';

/** Bump when the renderer's output changes for the same input (post-processing, minification). */
export const rendererVersion = 2;

export const mermaidVersion: string = mermaidPackage.version;

/** Diagram types whose syntax has `classDef`: they get the shared classes of palette.ts. */
const typesWithClasses = /^(flowchart|graph|block-beta|block|stateDiagram-v2|stateDiagram)\b/;

/** The first keyword of a Mermaid source (its diagram type), skipping `%%` comment lines. */
export function diagramType(source: string): string {
  const line = source.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('%%')) ?? '';
  return line.trim().split(/\s+/)[0] ?? '';
}

/** The exact text Mermaid renders for one theme: the source plus that theme's shared classes. */
export function renderText(source: string, theme: ThemeName): string {
  return typesWithClasses.test(diagramType(source)) ? `${source.trimEnd()}\n${classDefs(theme)}\n` : source;
}

/** Everything Mermaid is configured with for one theme. */
export function mermaidOptions(theme: ThemeName) {
  return { startOnLoad: false, ...mermaidConfig, themeVariables: palettes[theme].themeVariables };
}

export function cacheKey(
  source: string,
  theme: ThemeName,
  versions = { mermaid: mermaidVersion, renderer: rendererVersion },
): string {
  const input = JSON.stringify({
    renderer: versions.renderer,
    mermaid: versions.mermaid,
    theme,
    options: mermaidOptions(theme),
    classes: classDefs(theme),
    source,
  });
  return createHash('sha256').update(input).digest('hex').slice(0, 20);
}

export function cacheFile(key: string): string {
  return `${cacheDir}/${key}.svg`;
}

/** One SVG the cache should hold. */
export interface RenderJob {
  spec: DiagramSpec;
  theme: ThemeName;
  key: string;
}

/** Every render the given diagrams need, one per distinct key (two diagrams with the same source share one). */
export function renderJobs(specs: readonly DiagramSpec[]): RenderJob[] {
  const jobs = new Map<string, RenderJob>();
  for (const spec of specs) {
    for (const theme of themeNames) {
      const key = cacheKey(spec.source, theme);
      if (!jobs.has(key)) jobs.set(key, { spec, theme, key });
    }
  }
  return [...jobs.values()];
}

/** True when the cache holds this diagram in every theme. */
export function isRendered(root: string, spec: DiagramSpec): boolean {
  return themeNames.every((theme) => existsSync(join(root, cacheFile(cacheKey(spec.source, theme)))));
}

export function missingRenders(root: string, specs: readonly DiagramSpec[]): RenderJob[] {
  return renderJobs(specs).filter((job) => !existsSync(join(root, cacheFile(job.key))));
}

/** Cache files no diagram needs any more (their diagram changed or was deleted). */
export function staleCacheFiles(root: string, specs: readonly DiagramSpec[]): string[] {
  const wanted = new Set(renderJobs(specs).map((job) => `${job.key}.svg`));
  let names: string[];
  try {
    names = readdirSync(join(root, cacheDir));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.svg') && !wanted.has(name))
    .sort()
    .map((name) => `${cacheDir}/${name}`);
}

/** The cached SVG of a diagram in one theme, or undefined when it has not been rendered. */
export function readRendered(root: string, source: string, theme: ThemeName): string | undefined {
  const file = join(root, cacheFile(cacheKey(source, theme)));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The cached SVGs of a diagram in every theme that has been rendered. */
export function readRenderedSvgs(root: string, source: string): Partial<Record<ThemeName, string>> {
  return Object.fromEntries(
    themeNames.flatMap((theme) => {
      const svg = readRendered(root, source, theme);
      return svg === undefined ? [] : [[theme, svg]];
    }),
  );
}

/** What a contributor sees when diagrams need rendering and no browser is available. */
export function missingRendersMessage(jobs: readonly RenderJob[]): string {
  const files = [
    ...new Set(jobs.map((job) => (job.spec.generated ? `${job.spec.file} (stack "${job.spec.id}")` : job.spec.file))),
  ];
  return [
    `${files.length === 1 ? 'This diagram is' : 'These diagrams are'} new or changed and ${files.length === 1 ? 'has' : 'have'} no rendered SVG in ${cacheDir}/:`,
    ...files.map((file) => `  ${file}`),
    'Run `npm run diagrams` on a machine with Chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary), then commit the new files in ' +
      `${cacheDir}/. The build itself renders them when Chromium is available.`,
  ].join('\n');
}
