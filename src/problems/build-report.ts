import { formatProblems, summarize, type Problem } from './problems.ts';

/**
 * What a build prints about content problems (`astro build` in its first hook, `npm run build` from
 * its validation process): errors stop the build, warnings are listed and the build goes on.
 * `list` is the problems alone, as `astro dev` logs them; `text` what the build prints.
 */
export function buildReport(problems: readonly Problem[]): { failed: boolean; list: string; text: string } | undefined {
  if (problems.length === 0) return undefined;
  const failed = problems.some((p) => p.severity === 'error');
  const list = `\n${formatProblems([...problems])}\n${summarize([...problems])}`;
  const text = failed
    ? `Content validation failed:${list}\nFix the problems above; \`npm run validate\` lists them without building.`
    : list;
  return { failed, list, text };
}

/**
 * Set by `npm run build` (scripts/build.ts), which validates in a process of its own alongside
 * `astro build` and stops the build, before any of Astro's output is shown, when content has errors.
 * `astro build` then skips its own validation.
 */
export const validatedAlongside = 'CONTENT_VALIDATED_ALONGSIDE';
