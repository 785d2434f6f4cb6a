/**
 * The peer for `npm run bench -- --peer starlight`: a minimal Starlight site, installed from the npm
 * registry at pinned versions into a folder under the system's temporary directory, holding the same
 * generated MDX pages as our copy. Starlight indexes with Pagefind inside its own build, as it does
 * by default. The installation is kept between runs (keyed by the pinned versions), the pages are not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedPage } from './synthetic-pages.ts';

/** Exact versions: Starlight 0.42 accepts Astro ^7.2.10, so both sides build with the same Astro. */
export const starlightVersions = { '@astrojs/starlight': '0.42.4', astro: '7.3.5' } as const;

const config = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Peer' })] });
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

export interface PeerProject {
  root: string;
  /** Node arguments that build it, run in `root`. */
  command: string[];
  /** Replace the generated pages (the previous ones are removed). */
  writePages: (pages: readonly GeneratedPage[]) => void;
}

/** Install (once) and return the Starlight project; `log` reports the installation. */
export function starlightProject(log: (message: string) => void): PeerProject {
  const root = join(
    tmpdir(),
    `bench-peer-starlight-${starlightVersions['@astrojs/starlight']}-astro-${starlightVersions.astro}`,
  );
  mkdirSync(join(root, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'bench-peer-starlight', private: true, type: 'module', dependencies: starlightVersions }, null, 2)}\n`,
  );
  writeFileSync(join(root, 'astro.config.mjs'), config);
  writeFileSync(join(root, 'src/content.config.ts'), contentConfig);
  if (!existsSync(join(root, 'node_modules/@astrojs/starlight/package.json'))) {
    log(
      `installing Starlight ${starlightVersions['@astrojs/starlight']} and Astro ${starlightVersions.astro} from the registry into ${root}`,
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  const docs = join(root, 'src/content/docs');
  return {
    root,
    command: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    writePages(pages) {
      rmSync(docs, { recursive: true, force: true });
      mkdirSync(docs, { recursive: true });
      for (const page of pages) writeFileSync(join(docs, `${page.id}.mdx`), page.text);
      rmSync(join(root, 'dist'), { recursive: true, force: true });
      rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
      rmSync(join(root, '.astro'), { recursive: true, force: true });
    },
  };
}
