/**
 * Reading diagram sources: `content/diagrams/<id>.mmd` (YAML frontmatter, then Mermaid) and the
 * conceptual stacks in `content/diagrams/stacks.yaml`. Both become `DiagramSpec`s, the unit the
 * renderer, the cache and the components work with.
 */
import { readContentText } from '../tooling/read-text.ts';
import { diagramIdPattern } from '../schemas/data-fields.ts';
import { diagramFrontmatterSchema, stacksFileSchema } from '../schemas/diagram.ts';
import type { StackLayer } from '../schemas/stack.ts';
import { problem, type Problem } from '../problems/problems.ts';
import { readFrontmatter } from '../problems/frontmatter.ts';
import { parseWithSchema } from '../problems/zod-problems.ts';
import { locate, parseYaml } from '../problems/yaml-source.ts';
import { idPlaceholder } from './svg.ts';
import { stackToMermaid } from './stack.ts';

export const diagramsDir = 'content/diagrams';
export const stacksFile = `${diagramsDir}/stacks.yaml`;

export interface DiagramSpec {
  /** `<Diagram id>` for files; `stack-<id>` for conceptual stacks. Prefixes the SVG's ids on a page. */
  id: string;
  /** Project-relative file the diagram comes from, for messages. */
  file: string;
  /** 1-based line of `file` where `source` starts: Mermaid's line 1. */
  line: number;
  title: string;
  description: string;
  caption?: string | undefined;
  /** The Mermaid source, without frontmatter and leading blank lines. */
  source: string;
  /** True when `source` was generated from data (a stack): Mermaid's line numbers then mean nothing to the author. */
  generated?: boolean;
}

const error = (file: string, line: number, column: number, message: string): Problem =>
  problem(file, { line, column }, message);

/** Project-relative path of a diagram file. */
export function diagramFile(id: string): string {
  return `${diagramsDir}/${id}.mmd`;
}

/** Rules for the Mermaid text itself: colours and theme settings belong to palette.ts, not to one diagram. */
function checkMermaidText(file: string, source: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  source.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const colour = /^(\s*)(classDef|style|linkStyle)\b.*?\b(fill|stroke|color|background(?:-color)?)\s*:/.exec(text);
    if (colour) {
      problems.push(
        error(
          file,
          line,
          colour[1]!.length + 1,
          `\`${colour[2]}\` sets a fixed colour (\`${colour[3]}\`), which looks wrong in one of the two themes; give the node a shared class instead (\`class <node> hardware\`; the classes are listed in content/diagrams/README.md).`,
        ),
      );
    }
    const directive = /%%\{/.exec(text);
    if (directive) {
      problems.push(
        error(
          file,
          line,
          directive.index + 1,
          'Remove this `%%{init}%%` directive: theme and layout settings come from src/diagrams/palette.ts so that every diagram matches the site.',
        ),
      );
    }
    const placeholder = text.indexOf(idPlaceholder);
    if (placeholder >= 0) {
      problems.push(
        error(
          file,
          line,
          placeholder + 1,
          `"${idPlaceholder}" is reserved for the renderer's id prefix; use other words.`,
        ),
      );
    }
  });
  return problems;
}

/** Parse one `.mmd` file. A spec is returned whenever the Mermaid part can be located, even with frontmatter problems. */
export function readDiagramFile(root: string, file: string): { spec?: DiagramSpec; problems: Problem[] } {
  const text = readContentText(root, file);
  const id = file.replace(/^.*\//, '').replace(/\.mmd$/, '');
  const lines = text.split('\n');
  const problems: Problem[] = [];
  if (!diagramIdPattern.test(id)) {
    problems.push(
      error(
        file,
        1,
        1,
        `The file name "${id}.mmd" is the diagram's id; use lowercase words joined by hyphens, starting with a letter.`,
      ),
    );
  }
  const block = readFrontmatter(lines);
  if (!block) {
    problems.push(
      error(
        file,
        1,
        1,
        'A diagram file starts with a `---` block holding `title` and `description`, closed by another `---` line; the Mermaid source follows it.',
      ),
    );
    return { problems };
  }

  const { source: yaml, problems: yamlProblems } = parseYaml(block.yaml, file, block.lineOffset);
  problems.push(...yamlProblems);
  let meta: { title: string; description: string; caption?: string | undefined } = { title: id, description: '' };
  if (yamlProblems.length === 0) {
    const parsed = parseWithSchema(yaml, diagramFrontmatterSchema);
    if (parsed.value) meta = parsed.value;
    problems.push(...parsed.problems);
  }

  const closing = block.bodyStart - 1;
  const firstBody = lines.findIndex((l, i) => i > closing && l.trim() !== '');
  if (firstBody < 0) {
    problems.push(
      error(
        file,
        closing + 1,
        1,
        'The Mermaid source is missing: write the diagram (for example `flowchart TB` and its nodes) below the closing `---`.',
      ),
    );
    return { problems };
  }
  const source = `${lines.slice(firstBody).join('\n').trimEnd()}\n`;
  problems.push(...checkMermaidText(file, source, firstBody + 1));
  return { spec: { id, file, line: firstBody + 1, ...meta, source }, problems };
}

/** One entry of `content/diagrams/stacks.yaml`. */
export interface ConceptualStack {
  id: string;
  title: string;
  description: string;
  stack: StackLayer[];
}

/** Parse `content/diagrams/stacks.yaml` into one stack diagram per entry. A missing file is no stacks. */
export function readStacksFile(root: string): { specs: DiagramSpec[]; stacks: ConceptualStack[]; problems: Problem[] } {
  let text: string;
  try {
    text = readContentText(root, stacksFile);
  } catch {
    return { specs: [], stacks: [], problems: [] };
  }
  const { source, problems } = parseYaml(text, stacksFile);
  if (problems.length) return { specs: [], stacks: [], problems };
  const parsed = parseWithSchema(source, stacksFileSchema, source.doc.toJS() ?? []);
  if (!parsed.value) return { specs: [], stacks: [], problems: parsed.problems };
  const result = { data: parsed.value };
  const seen = new Set<string>();
  const specs: DiagramSpec[] = [];
  result.data.forEach((entry, index) => {
    const at = locate(source, [index, 'id']);
    if (seen.has(entry.id))
      problems.push(
        error(
          stacksFile,
          at.line,
          at.column,
          `The id "${entry.id}" is used twice in this file; give each stack its own id.`,
        ),
      );
    seen.add(entry.id);
    specs.push({
      id: `stack-${entry.id}`,
      file: stacksFile,
      line: at.line,
      title: entry.title,
      description: entry.description,
      source: stackToMermaid(entry.stack),
      generated: true,
    });
  });
  return { specs, stacks: result.data, problems };
}
