/**
 * A small static file server for the built site, used by `npm start`, the browser tests and the
 * benchmark. It serves `dir` under `base` (such as `/guide/`), answers 404 with the site's 404 page,
 * and listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { parseHeadersFile } from '../../src/security/security-headers.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  server: Server;
  /** Origin plus base, e.g. `http://127.0.0.1:41234/guide/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

async function resolveFile(dir: string, urlPath: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, safe);
  if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) return undefined;
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

/** Headers from the site's `_headers` file that apply to `path` (patterns may end in `*`). */
function headerRules(dir: string): (path: string) => Record<string, string> {
  const file = join(dir, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  return (path) =>
    Object.assign(
      {},
      ...rules.filter(([p]) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p)).map(([, h]) => h),
    );
}

export async function serveStatic(
  dir: string,
  { base = '/', port = 0 }: { base?: string; port?: number } = {},
): Promise<StaticServer> {
  const headersFor = headerRules(dir);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
    const inBase = path.startsWith(base) || `${path}/` === base;
    const rel = inBase ? path.slice(base.length - 1) || '/' : undefined;
    const file = rel === undefined ? undefined : await resolveFile(dir, rel);
    // A directory URL without its trailing slash: redirect, as static hosts do.
    if (file && rel && !rel.endsWith('/') && file.endsWith(`${sep}index.html`) && !rel.endsWith('index.html')) {
      res.writeHead(301, { location: `${path}/` });
      res.end();
      return;
    }
    if (!file) {
      const notFound = await resolveFile(dir, '/404.html');
      res.writeHead(404, { 'content-type': contentTypes['.html']! });
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    server,
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
