import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { DataKind } from './kinds.ts';
import { loadKind } from './load-data.ts';

/**
 * An Astro content loader for one kind of typed data. It reads the files with the same code as
 * `npm run validate` (so lists spread over several files work, and YAML is read as YAML 1.2: dates
 * stay strings). The build validates all content with positions before any loader runs, so here
 * invalid entries are simply skipped.
 */
export function dataLoader<T extends { id: string }>(kind: DataKind<T>): Loader {
  return {
    name: `data-${kind.name}`,
    load: async ({ store, parseData, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { entries, problems } = loadKind(root, kind);
        if (problems.length > 0)
          logger.warn(`${problems.length} problem(s) in ${kind.name}; run \`npm run validate\` to list them.`);
        store.clear();
        for (const entry of entries) {
          const data = await parseData({ id: entry.value.id, data: entry.value as Record<string, unknown> });
          store.set({ id: entry.value.id, data, filePath: entry.file });
        }
      };
      await sync();
      const folder = 'dir' in kind.location ? kind.location.dir : kind.location.file;
      watcher?.on('all', (_event, path) => {
        if (path.replaceAll('\\', '/').includes(`/${folder}`)) void sync();
      });
    },
  };
}
