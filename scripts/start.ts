/**
 * `npm start`: build the site when the build is missing or older than its sources, then serve it
 * on localhost and print the URL. `PORT` picks the port (default 4321); `BASE_PATH` is honoured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readEnv } from '../src/site.config.ts';
import { astroBuild, projectRoot as root } from './lib/project.ts';
import { serveStatic } from './lib/static-server.ts';
import { busyPortMessage, isPortBusy } from './lib/port.ts';

const env = readEnv();
const outDir = join(root, env.outDir);
const sources = ['content', 'src', 'public', 'astro.config.mjs', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce(
    (max, name) => Math.max(max, statSync(join(path, name)).mtimeMs),
    info.mtimeMs,
  );
}

const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number from 0 to 65535 (got "${process.env.PORT}").`);
  process.exit(2);
}
// Check before building, so a busy port does not cost a build first.
if (port !== 0 && (await isPortBusy(port))) {
  console.error(busyPortMessage(port));
  process.exit(1);
}

const builtAt = existsSync(join(outDir, 'index.html')) ? statSync(join(outDir, 'index.html')).mtimeMs : 0;
const changedAt = Math.max(...sources.map((s) => newestMtime(join(root, s))));
if (builtAt < changedAt) {
  console.log(builtAt ? 'Sources changed since the last build; rebuilding...' : 'No build yet; building the site...');
  const build = astroBuild();
  execFileSync(build.command, build.args, { ...build.options, stdio: 'inherit' });
}

let url: string;
try {
  ({ url } = await serveStatic(outDir, { base: env.base, port }));
} catch (error) {
  // Taken while the site was building.
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(busyPortMessage(port));
  process.exit(1);
}
console.log(`\nContainers vs. VMs is being served at ${url}\nPress Ctrl+C to stop.`);
