/**
 * The one way this project starts Chromium: for rendering diagrams at build time, for the browser
 * tests and for the benchmark. Debian's Chromium by default; `CHROMIUM_PATH` points at another.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless Chromium in a container without network access (running as root, no GPU). */
export const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` or `/usr/bin/chromium-browser`; undefined when none exists. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => existsSync(p));
}

/** Like findChromium, but a clear error (what to install, or what to set) when there is none. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) {
    throw new Error(
      'This needs Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the command again.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: flags });
}
