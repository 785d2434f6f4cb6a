import type { Problem } from '../problems/problems.ts';

/**
 * Lines indented with tabs. YAML forbids them, and the parser's own errors for them ("unexpected
 * scalar", several per line) do not say so; this names the cause once per line, at the tab.
 */
export function tabIndentation(text: string, file: string): Problem[] {
  return text.split('\n').flatMap((line, i) => {
    const indent = /^[ ]*\t/.exec(line);
    if (!indent) return [];
    return [
      {
        file,
        line: i + 1,
        column: indent[0].length,
        severity: 'error' as const,
        message: 'YAML does not allow tabs for indentation; indent with spaces (two per level).',
      },
    ];
  });
}
