import { forbiddenElements, mdxComponentNames } from '../../schemas/mdx-components.ts';
import { closest } from '../../problems/messages.ts';
import { startOf, walk, type MdxNode } from '../../problems/mdx-tree.ts';
import { problem, type Problem } from '../../problems/problems.ts';

/** A parsed page: its project-relative file and the compiler's tree. */
export interface ParsedPage {
  file: string;
  tree: MdxNode | undefined;
}

/** Names a page imports (`import X from '...'`): the import is reported, not each use of them. */
function importedNames(tree: MdxNode): Set<string> {
  const names = new Set<string>();
  for (const node of walk(tree)) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const m of (node.value ?? '').matchAll(/import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?/g)) {
      if (m[1]) names.add(m[1]);
      for (const part of (m[2] ?? '').split(',')) {
        const local = part
          .trim()
          .split(/\s+as\s+/)
          .pop();
        if (local) names.add(local);
      }
    }
  }
  return names;
}

const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Capitalised tags must be components the site provides: the build cannot render `<Citee>` and fails
 * with a stack trace. Some HTML elements are not allowed at all. Also `javascript:` links, which the
 * policy would block anyway, and `import` or `export` statements: a page's body is compiled as
 * content while the page renders (src/collections/topic-content.ts), not bundled as a module.
 */
export function checkComponentsKnown(pages: readonly ParsedPage[]): Problem[] {
  const problems: Problem[] = [];
  const provided: readonly string[] = mdxComponentNames;
  for (const page of pages) {
    if (!page.tree) continue;
    const imported = importedNames(page.tree);
    const report = (node: MdxNode, message: string) => problems.push(problem(page.file, startOf(node), message));
    for (const node of walk(page.tree)) {
      const href = node.type === 'element' ? node.properties?.['href'] : undefined;
      if (typeof href === 'string' && /^\s*javascript:/i.test(href))
        report(node, 'Links must go to a page or a web address; remove the `javascript:` link.');
      if (node.type === 'mdxjsEsm') {
        const statement = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
        report(
          node,
          `A page cannot ${statement} code: its body is content, not a module. Use the components every page has (${mdxComponentNames.map((n) => `<${n}>`).join(', ')}); a new one is registered in src/components/mdx/index.ts and src/schemas/mdx-components.ts.`,
        );
        continue;
      }
      if (!isJsx(node) || !node.name) continue;
      const name = node.name;
      const forbidden = forbiddenElements[name.toLowerCase()];
      if (forbidden) {
        report(node, `<${name}> is not allowed in a page: ${forbidden}.`);
      } else if (/^[A-Z]/.test(name) && !provided.includes(name) && !imported.has(name.split('.')[0]!)) {
        const suggestion = closest(name, provided);
        const list = provided.map((n) => `<${n}>`).join(', ');
        report(
          node,
          `<${name}> is not a component of this site; ${suggestion ? `did you mean <${suggestion}>?` : `use one of ${list}, or write plain Markdown.`}`,
        );
      }
    }
  }
  return problems;
}
