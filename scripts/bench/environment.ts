/** Where and with what a benchmark ran, so reports from different machines and commits can be told apart. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { EnvironmentInfo } from './report-types.ts';

function packageVersion(root: string, name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return undefined;
  }
}

function gitCommit(root: string): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return undefined;
  }
}

/** Call at the end of a run, with the load average read when it started. */
export function describeEnvironment(root: string, loadAtStart: number): EnvironmentInfo {
  const cpuList = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown CPU',
    memoryBytes: totalmem(),
    commit: gitCommit(root),
    astro: packageVersion(root, 'astro'),
    lighthouse: packageVersion(root, 'lighthouse'),
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  };
}
