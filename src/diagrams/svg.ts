/**
 * Turning Mermaid's SVG into what the cache stores, and a cached SVG into the markup a page embeds.
 *
 * Mermaid numbers the ids in an SVG per render call, so two diagrams on one page would clash. The
 * renderer draws every diagram with the render id `idPlaceholder`, and `prepareForCache` makes every
 * id in the SVG start with it (ids, `url(#...)` and `href="#..."` references, and the `<style>`
 * selectors). A page then swaps the placeholder for `<diagram id>-<theme>`, which is unique per page.
 */
/** The render id: the root `<svg>`'s id, and the start of every other id, until a page replaces it. */
export const idPlaceholder = 'dgmidplaceholder';

/** Width and height of the SVG's viewBox, rounded up to whole pixels. */
export function viewBoxSize(svg: string): { width: number; height: number } {
  const match = /<svg\b[^>]*?\sviewBox="\s*(-?[\d.]+)[\s,]+(-?[\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!match) throw new Error('The rendered SVG has no viewBox; Mermaid output changed, so check src/diagrams/svg.ts.');
  return { width: Math.ceil(Number(match[3])), height: Math.ceil(Number(match[4])) };
}

/** Attributes Mermaid adds for its own scripts and editors; a static page never reads them. */
const unusedAttributes = /\s(?:data-[\w-]+|aria-roledescription)="[^"]*"/g;

/**
 * Give every id in `svg` the placeholder prefix, updating every reference to it.
 * Mermaid already prefixes most ids with the render id; edge ids (`L_a_b_0`) and some others it does not.
 */
export function prefixIds(svg: string, prefix = idPlaceholder): string {
  const renamed = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1]!;
    if (id !== prefix && !id.startsWith(prefix)) renamed.set(id, `${prefix}-${id}`);
  }
  if (renamed.size === 0) return svg;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...renamed.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const rename = (id: string) => renamed.get(id) ?? id;
  return svg
    .replace(
      new RegExp(`(\\sid=")(${alternatives})(")`, 'g'),
      (_m, a: string, id: string, b: string) => a + rename(id) + b,
    )
    .replace(
      new RegExp(`(url\\(\\s*['"]?#)(${alternatives})(['"]?\\s*\\))`, 'g'),
      (_m, a: string, id: string, b: string) => a + rename(id) + b,
    )
    .replace(
      new RegExp(`(href="#)(${alternatives})(")`, 'g'),
      (_m, a: string, id: string, b: string) => a + rename(id) + b,
    )
    .replace(
      /<style>([\s\S]*?)<\/style>/g,
      (_m, css: string) =>
        `<style>${css.replace(new RegExp(`#(${alternatives})(?![\\w-])`, 'g'), (_c, id: string) => `#${rename(id)}`)}</style>`,
    );
}

/** Mermaid defines a dozen arrowhead markers per diagram and uses one or two; drop the rest. */
export function removeUnusedMarkers(svg: string): string {
  return svg.replace(/<marker\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g, (marker, id: string) =>
    svg.includes(`#${id})`) || svg.includes(`#${id}"`) ? marker : '',
  );
}

/** The root element without the attributes a page sets itself (size, role, accessible name). */
function bareRoot(svg: string): string {
  return svg.replace(/<svg\b[^>]*>/, (root) => {
    const viewBox = /\sviewBox="[^"]*"/.exec(root)?.[0] ?? '';
    const id = /\sid="[^"]*"/.exec(root)?.[0] ?? '';
    return `<svg xmlns="http://www.w3.org/2000/svg"${id}${viewBox}>`;
  });
}

/**
 * Mermaid's output made page-ready: root attributes the page sets itself removed, Mermaid's editor
 * data attributes dropped, every id prefixed, unused markers gone. optimize.ts then minifies it.
 */
export function cleanSvg(svg: string): string {
  const out = bareRoot(svg)
    .replace(unusedAttributes, '')
    // Mermaid sometimes writes `style="undefined;;;undefined"`; keep only real `property: value` pairs.
    .replace(/\sstyle="([^"]*)"/g, (_m, css: string) => {
      const declarations = css
        .split(';')
        .map((d) => d.trim())
        .filter((d) => /^[\w-]+\s*:/.test(d));
      return declarations.length ? ` style="${declarations.join(';')}"` : '';
    });
  return removeUnusedMarkers(prefixIds(out));
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface EmbedOptions {
  /** Unique on the page: `<diagram id>-<theme>`. Must start with a letter. */
  prefix: string;
  title: string;
  description: string;
  /** Extra class on the root `<svg>` (the theme it is drawn for). */
  className: string;
}

/**
 * The inline `<svg>` for a page: ids prefixed, `<title>` and `<desc>` first, the accessible name from
 * them, and width and height from the viewBox so the page reserves the space before styles load.
 */
export function embedSvg(cached: string, options: EmbedOptions): string {
  const { prefix, title, description, className } = options;
  if (!/^[a-zA-Z][\w-]*$/.test(prefix))
    throw new Error(`Diagram id prefix "${prefix}" must start with a letter and hold only letters, digits, - and _.`);
  const { width, height } = viewBoxSize(cached);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const body = cached.split(idPlaceholder).join(prefix);
  return body.replace(
    /<svg\b([^>]*)>/,
    (_root, attributes: string) =>
      `<svg${attributes} width="${width}" height="${height}" class="${className}" role="img" aria-labelledby="${titleId} ${descId}">` +
      `<title id="${titleId}">${escapeXml(title)}</title><desc id="${descId}">${escapeXml(description)}</desc>`,
  );
}
