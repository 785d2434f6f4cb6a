import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport, validatedAlongside } from '../problems/build-report.ts';

export interface ValidateContentOptions {
  /** How a failed build ends; the default exits the process with status 1 (tests pass their own). */
  exit?: (code: number) => void;
}

/**
 * Runs the same validation as `npm run validate` before Astro loads any content, so a bad file
 * fails the build with `file:line:column` and a sentence. The build ends with those lines only: a
 * thrown error would come wrapped in Astro's "unhandled error" banner, a stack trace and, for files
 * with "window" in their name, a hint about browser APIs that has nothing to do with the problem.
 * In `astro dev` the problems are logged instead, and logged again whenever a content file is saved,
 * so the server keeps running while you fix them.
 */
export function validateContent(options: ValidateContentOptions = {}): AstroIntegration {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let root = '';
  let startedWithProblems = false;
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build' && process.env[validatedAlongside] === '1') return;
        // Loaded here, not at the top: `npm run build` validates in another process, and Astro's own
        // process then never loads the validator (YAML positions, the MDX parser, every check).
        const { validateProject } = await import('../validation/validate.ts');
        const { problems } = validateProject(root);
        startedWithProblems = problems.length > 0;
        const result = buildReport(problems);
        if (!result) return;
        if (result.failed && command === 'build') {
          logger.error(result.text);
          exit(1);
          return;
        }
        logger.warn(result.list);
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(root, server.watcher, logger, startedWithProblems);
      },
    },
  };
}

interface Watcher {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

/** Validate again shortly after files under content/ change; say so when the last problem is fixed. */
export function watchContent(
  root: string,
  watcher: Watcher,
  logger: Pick<AstroIntegrationLogger, 'warn' | 'info'>,
  hadProblemsBefore = false,
  delayMs = 200,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hadProblems = hadProblemsBefore;
  watcher.on('all', (_event, path) => {
    const file = relative(root, path).replaceAll('\\', '/');
    if (!file.startsWith('content/') || file.includes('/.rendered/')) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const { validateProject } = await import('../validation/validate.ts');
      const { problems } = validateProject(root);
      if (problems.length > 0) logger.warn(`${file} saved; content problems:${buildReport(problems)!.list}`);
      else if (hadProblems) logger.info(`${file} saved; no content problems left.`);
      hadProblems = problems.length > 0;
    }, delayMs);
  });
}
