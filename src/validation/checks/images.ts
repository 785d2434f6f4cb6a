import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { startOf, walk } from '../../problems/mdx-tree.ts';
import { problem, type Problem } from '../../problems/problems.ts';
import type { ParsedPage } from './components-known.ts';

/**
 * Images must exist: a relative path (`./figure.png`) next to the page, an absolute one
 * (`/figure.png`) under `public/`. The build fails on a missing relative image with a position in
 * generated code; here it is the position in the page.
 */
export function checkImages(root: string, pages: readonly ParsedPage[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    if (!page.tree) continue;
    for (const node of walk(page.tree)) {
      const isImg =
        (node.type === 'element' && node.tagName === 'img') ||
        ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img');
      if (!isImg) continue;
      const src =
        node.type === 'element' ? node.properties?.['src'] : node.attributes?.find((a) => a.name === 'src')?.value;
      if (typeof src !== 'string' || /^([a-z]+:|\/\/|data:)/i.test(src)) continue;
      const path = decodeURI(src.replace(/[?#].*$/, ''));
      const wanted = path.startsWith('/') ? posix.join('public', path) : posix.join(dirname(page.file), path);
      if (existsSync(join(root, wanted))) continue;
      const where = path.startsWith('/')
        ? 'an absolute image path is served from public/'
        : "a relative image path is read from the page's folder";
      problems.push(
        problem(
          page.file,
          startOf(node),
          `The image "${src}" does not exist (no file ${wanted}); ${where}, so add the file there or fix the path.`,
        ),
      );
    }
  }
  return problems;
}
