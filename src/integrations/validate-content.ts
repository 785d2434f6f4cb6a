import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, summarize } from '../problems/problems.ts';
import { validateProject } from '../validation/validate.ts';

/**
 * Runs the same validation as `npm run validate` before Astro loads any content, so a bad file
 * fails the build with `file:line:column` and a sentence, not with a stack trace from deep inside a loader.
 * In `astro dev` the problems are logged instead, so the server keeps running while you fix them.
 */
export function validateContent(): AstroIntegration {
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = validateProject(root);
        if (problems.length === 0) return;
        const report = `${formatProblems(problems)}\n${summarize(problems)}`;
        const hasErrors = problems.some((p) => p.severity === 'error');
        if (hasErrors && command === 'build') {
          throw new Error(
            `Content validation failed:\n${report}\nFix the problems above; \`npm run validate\` lists them without building.`,
          );
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}
