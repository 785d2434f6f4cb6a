import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { readRenderedSvgs } from '../diagrams/cache.ts';
import { collectDiagrams } from '../diagrams/collect.ts';
import type { RenderedSvgs } from '../diagrams/embed.ts';
import { stacksFile, type ConceptualStack, type DiagramSpec } from '../diagrams/source.ts';

/** One diagram in the `diagrams` collection: what it is, and its SVGs from the render cache. */
export interface DiagramEntry {
  spec: DiagramSpec;
  rendered: RenderedSvgs;
  /** Position in the order diagrams are collected: files, then conceptual stacks, then technologies. */
  order: number;
  /** For a conceptual stack of `content/diagrams/stacks.yaml`: its entry, as the /stacks/ page draws it. */
  stack?: ConceptualStack | undefined;
}

/**
 * An Astro content loader for every diagram the site can show (`content/diagrams/*.mmd`, the stacks of
 * `content/diagrams/stacks.yaml`, each technology's `stack`), read with the same code as
 * `npm run validate` and `npm run diagrams`. The render-diagrams integration fills the cache before
 * any loader runs; a diagram still missing a render is stored without it and fails where it is shown.
 */
export function diagramLoader(): Loader {
  return {
    name: 'diagrams',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = () => {
        const { specs, stacks, problems } = collectDiagrams(root);
        if (problems.length > 0)
          logger.warn(`${problems.length} problem(s) in diagrams; run \`npm run validate\` to list them.`);
        store.clear();
        let conceptual = 0;
        specs.forEach((spec, order) => {
          const stack = spec.file === stacksFile ? stacks[conceptual++] : undefined;
          const data: DiagramEntry = { spec, rendered: readRenderedSvgs(root, spec.source), order, stack };
          store.set({ id: spec.id, data: data as unknown as Record<string, unknown> });
        });
      };
      sync();
      watcher?.on('all', (_event, path) => {
        const file = path.replaceAll('\\', '/');
        if (file.includes('/content/diagrams/') || file.includes('/content/data/technologies/')) sync();
      });
    },
  };
}
