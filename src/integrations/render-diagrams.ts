import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../problems/problems.ts';
import { missingRenders, missingRendersMessage } from '../diagrams/cache.ts';
import { collectDiagrams } from '../diagrams/collect.ts';

/**
 * Makes sure every diagram has its SVGs in the render cache before pages are built. Nothing to do
 * (the usual case, a few milliseconds) when the committed cache is complete. Otherwise it renders
 * the missing ones with Chromium, or, when no browser is available, fails the build naming the
 * diagram files and `npm run diagrams`. Pages never run Mermaid: they read the cache.
 * The renderer (Playwright, svgo: over a second to import) is loaded only when something is missing.
 */
export function renderDiagrams(options: { exit?: (code: number) => void } = {}): AstroIntegration {
  // A failed build ends with the message alone, like content validation: no crash banner or stack trace.
  const exit = options.exit ?? ((code: number) => process.exit(code));
  return {
    name: 'render-diagrams',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const { specs } = collectDiagrams(root);
        const missing = missingRenders(root, specs);
        if (missing.length === 0) return;
        const { findChromium } = await import('../diagrams/browser.ts');
        const { renderMissing } = await import('../diagrams/render.ts');
        const chromium = findChromium();
        const fail = (message: string) => {
          if (command !== 'build') return logger.warn(message);
          logger.error(message);
          exit(1);
        };
        if (!chromium) return fail(missingRendersMessage(missing));
        const report = await renderMissing(root, specs, chromium);
        if (report.problems.length) return fail(`Diagrams failed to render:\n${formatProblems(report.problems)}`);
        logger.info(
          `Rendered ${report.rendered.length} diagram SVGs in ${Math.round(report.totalMs)} ms; commit the new files in content/diagrams/.rendered/.`,
        );
      },
    },
  };
}
