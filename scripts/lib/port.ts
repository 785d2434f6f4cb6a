import { createServer } from 'node:net';

/** True when something already listens on `port` at `host` (what `npm start` would bind). */
export function isPortBusy(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(true) : reject(error),
    );
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, host);
  });
}

/** What to tell someone whose port is taken: which port, the likely culprit and how to pick another. */
export function busyPortMessage(port: number): string {
  const other = port === 4321 ? 4322 : port + 1;
  return [
    `Port ${port} is already in use, so the site cannot be served there.`,
    `Another \`npm start\` or \`npm run dev\` (which also uses 4321) may still be running; stop it, or choose another port:`,
    `  PORT=${other} npm start`,
  ].join('\n');
}
