/**
 * Syntax check of Mermaid sources without a browser, so `npm run validate` and the build reject a
 * broken diagram with its file, line and column. Mermaid's parser is asynchronous and validation is
 * not, so it runs in a short-lived child process (syntax-worker.ts), and only for diagrams that have
 * no cached render: a cached render proves its source parsed.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../problems/problems.ts';
import { mermaidProblem, type MermaidError } from './errors.ts';
import type { DiagramSpec } from './source.ts';

const worker = fileURLToPath(new URL('./syntax-worker.ts', import.meta.url));

export function checkSyntax(specs: readonly DiagramSpec[]): Problem[] {
  if (specs.length === 0) return [];
  const output = execFileSync(process.execPath, [worker], {
    input: JSON.stringify(specs.map((spec) => spec.source)),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const results = JSON.parse(output) as (MermaidError | null)[];
  return specs.flatMap((spec, i) => (results[i] ? [mermaidProblem(spec, results[i])] : []));
}
