import { positionsIn } from '../../problems/positions.ts';
import { problem, type Problem } from '../../problems/problems.ts';
import { listFiles } from '../../tooling/list-files.ts';
import { readContentText } from '../../tooling/read-text.ts';

/**
 * Sentences `npm run new` writes as placeholders (scripts/lib/scaffold/templates.ts uses these
 * constants). They keep a new file valid while it is being written; a warning makes sure none is
 * published by accident.
 */
export const placeholders = {
  description: ': what it is, how it works and when to choose it.',
  opening: "Answer the page's question here",
  keyPoint: 'The first thing a reader should remember.',
  summary: 'and what it does, in one or two sentences.',
  boundary: 'Say where the isolation boundary sits and what enforces it.',
  diagram: 'Say in words what the diagram shows',
  cell: 'does this in a few words.',
} as const;

export function checkPlaceholders(root: string): Problem[] {
  const files = [
    ...listFiles(root, 'content/topics', ['.mdx']),
    ...listFiles(root, 'content/data', ['.yaml']),
    ...listFiles(root, 'content/diagrams', ['.mmd']),
  ];
  return files.flatMap((file) => {
    const text = readContentText(root, file);
    const offsets = Object.values(placeholders)
      .map((p) => text.indexOf(p))
      .filter((i) => i >= 0);
    if (offsets.length === 0) return [];
    const at = positionsIn(text)(Math.min(...offsets));
    return [
      problem(
        file,
        at,
        'This is placeholder text from `npm run new`; replace it, and any other placeholder in this file, with your own words.',
        'warning',
      ),
    ];
  });
}
