/**
 * Code a page carries inside its HTML: inline `<script>` elements (they run before any interaction,
 * like script files do) and `<style>` elements outside inline SVG (diagram SVGs carry their own
 * `<style>`, which belongs to the picture, not to the site's CSS).
 */

/** Script types that execute; JSON data blocks (`application/ld+json`, `application/json`) do not. */
const executable = /^(|text\/javascript|module|application\/javascript)$/i;

export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc=/i.test(attrs!))
    .filter(([, attrs]) => executable.test(/\btype=["']?([^"'\s>]*)/i.exec(attrs!)?.[1] ?? ''))
    .map(([, , code]) => code!)
    .filter((code) => code.trim() !== '');
}

/** The HTML with every top-level `<svg>...</svg>` removed (nested SVGs go with their parent). */
export function withoutSvg(html: string): string {
  let out = '';
  let depth = 0;
  let last = 0;
  for (const m of html.matchAll(/<svg\b|<\/svg\s*>/gi)) {
    const opening = m[0].toLowerCase().startsWith('<svg');
    if (opening) {
      if (depth === 0) out += html.slice(last, m.index);
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) last = m.index! + m[0].length;
    }
  }
  return depth === 0 ? out + html.slice(last) : out;
}

export function inlineStyles(html: string): string[] {
  return [...withoutSvg(html).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map(([, css]) => css!)
    .filter((css) => css.trim() !== '');
}
