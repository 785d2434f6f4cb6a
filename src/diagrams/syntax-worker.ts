/**
 * Child process for syntax.ts: reads a JSON list of Mermaid sources on stdin and prints, for each,
 * null (valid) or the error Mermaid's parser raised. Runs Mermaid's own parser in Node, without a
 * browser: parsing needs no layout, only DOMPurify, which is a no-op stub here because nothing is
 * rendered. Kept in its own process so that stub never touches the build.
 */
import DOMPurify from 'dompurify';
import type { MermaidError } from './errors.ts';

const purify = DOMPurify as unknown as Record<string, unknown>;
if (!DOMPurify.isSupported) {
  purify.addHook ??= () => {};
  purify.sanitize ??= (text: unknown) => text;
}
const { default: mermaid } = await import('mermaid');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const sources = JSON.parse(input) as string[];
const results: (MermaidError | null)[] = [];
for (const source of sources) {
  try {
    await mermaid.parse(source);
    results.push(null);
  } catch (error) {
    const e = error as { message?: string; hash?: MermaidError['hash'] };
    results.push({ message: String(e.message ?? error), hash: e.hash ? { line: e.hash.line, loc: e.hash.loc } : null });
  }
}
process.stdout.write(JSON.stringify(results));
