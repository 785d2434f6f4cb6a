/**
 * Diagram checks for `npm run validate` and the build: each diagram file's frontmatter and Mermaid
 * syntax, the conceptual stacks, whether every diagram has a rendered SVG in the cache, and that
 * every `<Diagram id="...">` in a topic page names an existing diagram.
 */
import { isRendered } from '../diagrams/cache.ts';
import { collectDiagrams } from '../diagrams/collect.ts';
import { diagramFile, type DiagramSpec } from '../diagrams/source.ts';
import { checkSyntax } from '../diagrams/syntax.ts';
import { closest } from '../problems/messages.ts';
import { findAll } from '../problems/mdx-source.ts';
import type { Problem } from '../problems/problems.ts';

/** The part of a topic page this check reads: its path and its body with code blanked out. */
export interface PageText {
  file: string;
  body: string;
}

/** `<Diagram id="...">` references to diagrams that do not exist, and `<Diagram>` tags without a literal id. */
export function checkDiagramReferences(pages: readonly PageText[], diagramIds: ReadonlySet<string>): Problem[] {
  const known = [...diagramIds];
  return pages.flatMap((page) => [
    ...findAll(page.body, /<Diagram\s[^>]*?\bid=["']([^"']*)["']/g)
      .filter((ref) => !diagramIds.has(ref.value))
      .map((ref): Problem => {
        const suggestion = closest(ref.value, known);
        return {
          file: page.file,
          line: ref.line,
          column: ref.column,
          severity: 'error',
          message: `There is no diagram "${ref.value}" (no file ${diagramFile(ref.value)})${suggestion ? `; did you mean "${suggestion}"?` : '; use the name of a file in content/diagrams/ without .mmd.'}`,
        };
      }),
    ...findAll(page.body, /(<Diagram)\b(?![^>]*\bid=["'])[^>]*>/g).map((tag): Problem => ({
      file: page.file,
      line: tag.line,
      column: tag.column,
      severity: 'error',
      message:
        '`<Diagram>` needs a literal id, such as `<Diagram id="container-stack" />`, naming a file in content/diagrams/.',
    })),
    ...repeatedDiagrams(page),
  ]);
}

/** A diagram shown twice on one page would repeat its SVG ids (and says nothing new); report the second use. */
function repeatedDiagrams(page: PageText): Problem[] {
  const seen = new Set<string>();
  return findAll(page.body, /<Diagram\s[^>]*?\bid=["']([^"']*)["']/g).flatMap((ref): Problem[] => {
    if (!seen.has(ref.value)) {
      seen.add(ref.value);
      return [];
    }
    return [
      {
        file: page.file,
        line: ref.line,
        column: ref.column,
        severity: 'error',
        message: `The diagram "${ref.value}" is already shown earlier on this page; remove this second <Diagram>.`,
      },
    ];
  });
}

/** Diagrams without a cached render: they need `npm run diagrams` (or a build with Chromium) before they show. */
function unrenderedWarnings(specs: readonly DiagramSpec[]): Problem[] {
  return specs.map((spec) => ({
    file: spec.file,
    line: spec.line,
    column: 1,
    severity: 'warning' as const,
    message: `${spec.generated ? `The stack "${spec.id}"` : 'This diagram'} has no rendered SVG in content/diagrams/.rendered/ yet; run \`npm run diagrams\` (needs Chromium) and commit the new files.`,
  }));
}

export function validateDiagrams(root: string, pages: readonly PageText[]): Problem[] {
  const { specs, problems } = collectDiagrams(root);
  const missing = new Set(specs.filter((spec) => !isRendered(root, spec)));
  // A cached render proves its source parsed; only new or changed diagrams need Mermaid's parser.
  const syntax = checkSyntax(specs.filter((spec) => missing.has(spec)));
  problems.push(...syntax);
  // A diagram with errors gets no "render it" advice on top: fixing the errors comes first.
  const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  problems.push(...unrenderedWarnings(specs.filter((spec) => missing.has(spec) && !broken.has(spec.file))));
  const diagramIds = new Set(specs.filter((spec) => !spec.generated).map((spec) => spec.id));
  problems.push(...checkDiagramReferences(pages, diagramIds));
  return problems;
}
