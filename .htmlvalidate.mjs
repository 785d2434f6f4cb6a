/**
 * html-validate settings for the built site (tests/e2e/html.test.ts). Each exception says why.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <!DOCTYPE html>.
    'doctype-style': ['error', { style: 'uppercase' }],
    // Formatting of generated markup, not correctness.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    // Build-time diagrams are inline SVG whose layout Mermaid expresses in style attributes.
    'no-inline-style': 'off',
    // Comparison tables repeat their implicit ARIA roles on purpose: their narrow-screen layout changes
    // the CSS display of table elements, which makes browsers drop table semantics without them.
    'no-redundant-role': 'off',
    // The search field is an ARIA combobox with a listbox of results (WAI-ARIA APG pattern); a native
    // <select> cannot show excerpts and sub-results.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // HTML5 allows ids that start with a digit; heading ids come from heading text such as "1. Images".
    'valid-id': ['error', { relaxed: true }],
  },
};
