/**
 * The diagrams' visual language, in the site's two colour schemes. Every diagram is rendered once per
 * theme: Mermaid's `base` theme takes the site's palette (src/styles/global.css), and the shared
 * classes below give each kind of layer the same look in every diagram.
 *
 * Diagram sources never carry colours: they say `class hw hardware`, and the renderer appends the
 * `classDef` lines of the theme being drawn. Changing anything here changes the cache key, so
 * `npm run diagrams` re-renders every diagram.
 */
export type ThemeName = 'light' | 'dark';
export const themeNames: readonly ThemeName[] = ['light', 'dark'];

/** Fill, border and text colour of one shared class. */
interface Swatch {
  fill: string;
  stroke: string;
  color: string;
}

/**
 * Shared classes. The stack layer kinds of content/data/README.md map onto these (see stack.ts);
 * hand-drawn diagrams use them too. Hue groups: grey for hardware, violet for hypervisors and VMMs,
 * blue for kernels, teal for runtimes and engines, green for applications. `vm` is a dashed outline
 * around a VM's layers, `failed` a dashed red outline, `frame` an invisible box that only groups,
 * and `tag` a borderless label such as "VM 1".
 */
export const classNames = [
  'hardware',
  'firmware',
  'hypervisor',
  'hostKernel',
  'vmm',
  'guestKernel',
  'sandboxKernel',
  'runtime',
  'libraryOs',
  'app',
  'engine',
  'vm',
  'muted',
  'failed',
  'frame',
  'tag',
] as const;
export type ClassName = (typeof classNames)[number];

interface Palette {
  /** Mermaid `base` theme variables for this scheme. */
  themeVariables: Record<string, string | boolean>;
  swatches: Record<ClassName, Swatch>;
  /** Border colour of the isolation boundary (drawn thick and dashed, and named in the label). */
  boundary: string;
}

/** The site's font stack: the reader's browser draws the text, so boxes are measured with a wide fallback (DejaVu Sans). */
const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Text on every fill below meets WCAG AA (4.5:1): dark text on light tints, light text on dark tints.
const light: Palette = {
  themeVariables: {
    darkMode: false,
    background: '#ffffff',
    fontFamily,
    fontSize: '15px',
    primaryColor: '#f5f7f9',
    primaryTextColor: '#1b1f24',
    primaryBorderColor: '#535c66',
    secondaryColor: '#e4eefa',
    tertiaryColor: '#ffffff',
    lineColor: '#535c66',
    textColor: '#1b1f24',
    titleColor: '#1b1f24',
    clusterBkg: '#f5f7f9',
    clusterBorder: '#8a939c',
    edgeLabelBackground: '#ffffff',
  },
  swatches: {
    hardware: { fill: '#e9edf1', stroke: '#535c66', color: '#1b1f24' },
    firmware: { fill: '#f1f3f5', stroke: '#6b747e', color: '#1b1f24' },
    hypervisor: { fill: '#ece5f7', stroke: '#5b3d99', color: '#1b1f24' },
    vmm: { fill: '#f3eefb', stroke: '#6d4fb0', color: '#1b1f24' },
    hostKernel: { fill: '#dce9f8', stroke: '#0b5cad', color: '#1b1f24' },
    guestKernel: { fill: '#e4eefa', stroke: '#2f6fb5', color: '#1b1f24' },
    sandboxKernel: { fill: '#e1f1f7', stroke: '#1d6f8c', color: '#1b1f24' },
    libraryOs: { fill: '#e1f1f7', stroke: '#1d6f8c', color: '#1b1f24' },
    runtime: { fill: '#ddf2ee', stroke: '#1f6f62', color: '#1b1f24' },
    engine: { fill: '#ddf2ee', stroke: '#1f6f62', color: '#1b1f24' },
    app: { fill: '#e3f4e4', stroke: '#2e7d32', color: '#1b1f24' },
    vm: { fill: '#faf8fd', stroke: '#6d4fb0', color: '#1b1f24' },
    muted: { fill: '#ffffff', stroke: '#8a939c', color: '#1b1f24' },
    failed: { fill: '#fbe9e7', stroke: '#b3261e', color: '#1b1f24' },
    frame: { fill: 'none', stroke: 'none', color: '#1b1f24' },
    tag: { fill: 'none', stroke: 'none', color: '#1b1f24' },
  },
  boundary: '#b3400a',
};

const dark: Palette = {
  themeVariables: {
    darkMode: true,
    background: '#14181d',
    fontFamily,
    fontSize: '15px',
    primaryColor: '#1c2229',
    primaryTextColor: '#e7eaee',
    primaryBorderColor: '#a9b2bc',
    secondaryColor: '#1e3550',
    tertiaryColor: '#14181d',
    lineColor: '#a9b2bc',
    textColor: '#e7eaee',
    titleColor: '#e7eaee',
    clusterBkg: '#1c2229',
    clusterBorder: '#6b7682',
    edgeLabelBackground: '#14181d',
  },
  swatches: {
    hardware: { fill: '#262e37', stroke: '#a9b2bc', color: '#e7eaee' },
    firmware: { fill: '#20272f', stroke: '#8d97a2', color: '#e7eaee' },
    hypervisor: { fill: '#2d2442', stroke: '#b8a2ef', color: '#e7eaee' },
    vmm: { fill: '#272036', stroke: '#a58ee0', color: '#e7eaee' },
    hostKernel: { fill: '#1e3550', stroke: '#7db8ff', color: '#e7eaee' },
    guestKernel: { fill: '#1a2d44', stroke: '#6aa6ec', color: '#e7eaee' },
    sandboxKernel: { fill: '#173440', stroke: '#67c3e0', color: '#e7eaee' },
    libraryOs: { fill: '#173440', stroke: '#67c3e0', color: '#e7eaee' },
    runtime: { fill: '#163630', stroke: '#6fd3c0', color: '#e7eaee' },
    engine: { fill: '#163630', stroke: '#6fd3c0', color: '#e7eaee' },
    app: { fill: '#1c3520', stroke: '#8fd19e', color: '#e7eaee' },
    vm: { fill: '#1a1726', stroke: '#a58ee0', color: '#e7eaee' },
    muted: { fill: '#14181d', stroke: '#6b7682', color: '#e7eaee' },
    failed: { fill: '#3d1f1c', stroke: '#ff8a80', color: '#e7eaee' },
    frame: { fill: 'none', stroke: 'none', color: '#e7eaee' },
    tag: { fill: 'none', stroke: 'none', color: '#e7eaee' },
  },
  boundary: '#ffb37a',
};

export const palettes: Record<ThemeName, Palette> = { light, dark };

/** Mermaid configuration shared by both themes (besides the theme variables). */
export const mermaidConfig = {
  theme: 'base',
  look: 'classic',
  securityLevel: 'strict',
  // Errors are returned to the renderer, not drawn as a "syntax error" picture.
  suppressErrorRendering: true,
  // SVG <text> instead of HTML in <foreignObject>: smaller, and styled by the SVG's own CSS.
  htmlLabels: false,
  flowchart: { htmlLabels: false, padding: 12, nodeSpacing: 40, rankSpacing: 44, useMaxWidth: false },
  block: { padding: 10, useMaxWidth: false },
} as const;

/**
 * `classDef` lines for one theme: the shared classes, plus `boundary` (thick dashed border), which a
 * node takes in addition to its kind (`class gk boundary`).
 */
export function classDefs(theme: ThemeName): string {
  const palette = palettes[theme];
  const lines = classNames.map((name) => {
    const s = palette.swatches[name];
    const dashed = name === 'failed' || name === 'vm' ? ',stroke-dasharray:6 4' : '';
    const bold = name === 'tag' ? ',font-weight:bold' : '';
    return `classDef ${name} fill:${s.fill},stroke:${s.stroke},color:${s.color}${dashed}${bold}`;
  });
  lines.push(`classDef boundary stroke:${palette.boundary},stroke-width:3px,stroke-dasharray:8 4`);
  return lines.join('\n');
}
