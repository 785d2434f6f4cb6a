import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { busyPortMessage, isPortBusy } from '../../../scripts/lib/port.ts';
import { projectRoot } from '../../support/paths.ts';

let blocker: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));

/** Occupy a free port on 127.0.0.1, as another server would. */
function occupyPort(): Promise<number> {
  blocker = createServer();
  return new Promise((resolve) =>
    blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)),
  );
}

describe('npm start on a busy port', () => {
  it('detects a port that is taken and one that is free', async () => {
    const port = await occupyPort();
    expect(await isPortBusy(port)).toBe(true);
    await new Promise<void>((resolve) => blocker!.close(() => resolve()));
    blocker = undefined;
    expect(await isPortBusy(port)).toBe(false);
  });

  it('names the port and says how to choose another', () => {
    expect(busyPortMessage(4321)).toBe(
      'Port 4321 is already in use, so the site cannot be served there.\n' +
        'Another `npm start` or `npm run dev` (which also uses 4321) may still be running; stop it, or choose another port:\n' +
        '  PORT=4322 npm start',
    );
  });

  it('exits with that message before building, without a stack trace', async () => {
    const port = await occupyPort();
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/start.ts')], {
      cwd: projectRoot,
      encoding: 'utf8',
      // An output folder that does not exist: if the script tried to build first, it would take seconds and print Astro's log.
      env: { ...process.env, PORT: String(port), OUT_DIR: 'dist-never-built' },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(busyPortMessage(port));
    expect(result.stdout).not.toContain('building');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
