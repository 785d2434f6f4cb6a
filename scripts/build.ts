/**
 * `npm run build`: content validation and `astro build` at the same time, in two processes.
 *
 * Validation (the same as `npm run validate`) takes about a second on the real site and more on a
 * large one; run first, inside Astro's first hook, it delayed every build by that long. Here it runs
 * on the second core while Astro starts up. Astro's output is held back until validation is done: with
 * an error in the content, the build stops and prints the problems alone (Astro, which may already
 * have crashed on the same file, is never shown); with warnings it prints them and lets Astro go on.
 *
 * Arguments go to `astro build` (e.g. `--silent`); OUT_DIR and BASE_PATH are honoured. Astro's own
 * validation hook is skipped through `CONTENT_VALIDATED_ALONGSIDE`, so `astro build` run directly
 * still validates first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, validatedAlongside } from '../src/problems/build-report.ts';
import type { Problem } from '../src/problems/problems.ts';

// The project whose content is built: Astro's `--root` when given, else the working directory.
const astroArgs = process.argv.slice(2);
const { values } = parseArgs({ args: astroArgs, options: { root: { type: 'string' } }, strict: false });
const root = resolve(typeof values.root === 'string' ? values.root : '.');
const here = import.meta.dirname;
const color = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    // 'close', not 'exit': by then everything the process wrote has been read.
    child.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const validation = spawn(process.execPath, [join(here, 'validate.ts'), '--format', 'json', '--root', root], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let validationOut = '';
let validationErr = '';
validation.stdout!.on('data', (chunk: Buffer) => (validationOut += chunk));
validation.stderr!.on('data', (chunk: Buffer) => (validationErr += chunk));

// Astro's output is kept, in order, until validation has passed, then shown and passed through live.
const held: [NodeJS.WriteStream, Buffer][] = [];
let live = false;
const astro = spawn(process.execPath, [join(here, '../node_modules/astro/bin/astro.mjs'), 'build', ...astroArgs], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ASTRO_TELEMETRY_DISABLED: '1',
    ...color,
    ...process.env,
    [validatedAlongside]: '1',
    // Rolldown's allocator returns memory to the system once bundling is done, instead of keeping it
    // for the rest of the build (about 150 MB less at the peak of a 1,000-page build).
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  },
});
for (const [from, to] of [
  [astro.stdout!, process.stdout],
  [astro.stderr!, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => (live ? to.write(chunk) : held.push([to, chunk])));
}
const astroExit = exited(astro);

const validationCode = await exited(validation);
let problems: Problem[] | undefined;
try {
  problems = JSON.parse(validationOut) as Problem[];
} catch {
  problems = undefined;
}
if (validationCode > 1 || !problems) {
  astro.kill();
  process.stderr.write(validationErr || validationOut);
  console.error(`Content validation could not run (exit status ${validationCode}).`);
  process.exit(1);
}
const report = buildReport(problems);
if (report?.failed) {
  astro.kill();
  console.error(report.text);
  process.exit(1);
}
if (report) console.warn(report.text);
for (const [to, chunk] of held) to.write(chunk);
held.length = 0;
live = true;
process.exit(await astroExit);
