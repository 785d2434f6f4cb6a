/**
 * Every diagram the site can show, from all three places they come from:
 * `content/diagrams/*.mmd` (hand-drawn), `content/diagrams/stacks.yaml` (conceptual stacks) and the
 * `stack` of each technology in `content/data/technologies/*.yaml`. The cache must hold all of them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/problems.ts';
import { readContentText } from '../tooling/read-text.ts';
import { locate, parseYaml } from '../problems/yaml-source.ts';
import { drawableStackSchema } from '../schemas/stack.ts';
import { diagramsDir, readDiagramFile, readStacksFile, type ConceptualStack, type DiagramSpec } from './source.ts';
import { describeStack, stackToMermaid } from './stack.ts';

export const technologiesDir = 'content/data/technologies';

function filesIn(root: string, dir: string, extension: string): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => `${dir}/${name}`);
  } catch {
    return [];
  }
}

/**
 * Stack diagrams of the technology catalog. The technology files are validated by their own schema;
 * here a file whose `stack` does not parse is skipped, and its own validator reports why.
 */
export function readTechnologyStacks(root: string): DiagramSpec[] {
  return filesIn(root, technologiesDir, '.yaml').flatMap((file) => {
    const { source, problems } = parseYaml(readContentText(root, file), file);
    if (problems.length) return [];
    const data = source.doc.toJS() as { id?: unknown; name?: unknown; stack?: unknown } | null;
    const stack = drawableStackSchema.safeParse(data?.stack);
    if (!stack.success || typeof data?.id !== 'string') return [];
    const name = typeof data.name === 'string' ? data.name : data.id;
    return [
      {
        id: `technology-${data.id}`,
        file,
        line: locate(source, ['stack'], true).line,
        title: `${name}: the stack`,
        description: describeStack(stack.data),
        source: stackToMermaid(stack.data),
        generated: true,
      },
    ];
  });
}

export interface CollectedDiagrams {
  specs: DiagramSpec[];
  /** The conceptual stacks of `content/diagrams/stacks.yaml`, in file order, as the /stacks/ page draws them. */
  stacks: ConceptualStack[];
  problems: Problem[];
}

export function collectDiagrams(root: string): CollectedDiagrams {
  const specs: DiagramSpec[] = [];
  const problems: Problem[] = [];
  for (const file of filesIn(root, diagramsDir, '.mmd')) {
    const read = readDiagramFile(root, file);
    problems.push(...read.problems);
    if (read.spec) specs.push(read.spec);
  }
  const stacks = readStacksFile(root);
  problems.push(...stacks.problems);
  specs.push(...stacks.specs, ...readTechnologyStacks(root));
  return { specs, stacks: stacks.stacks, problems };
}
