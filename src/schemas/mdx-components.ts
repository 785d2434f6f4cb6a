/**
 * The components every topic page may use without importing them. src/components/mdx/index.ts
 * registers one Astro component under each name; `npm run validate` reports any other capitalised
 * tag, which the build could not render.
 */
export const mdxComponentNames = ['Cite', 'ComparisonTable', 'Diagram', 'Measurements', 'SpectrumChart', 'TaskLinks', 'Term'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];

/**
 * HTML elements a page must not carry: the site's Content-Security-Policy blocks inline scripts,
 * and embedded documents and forms do not belong in a static guide.
 */
export const forbiddenElements: Readonly<Record<string, string>> = {
  script: 'pages carry no scripts (the Content-Security-Policy blocks inline scripts); describe the behaviour in prose instead',
  style: 'styles live in src/styles/; remove the <style> element',
  iframe: 'pages embed no other documents; link to the page instead',
  object: 'pages embed no other documents; link to the page instead',
  embed: 'pages embed no other documents; link to the page instead',
  form: 'pages are static documents without forms; remove the <form>',
};
