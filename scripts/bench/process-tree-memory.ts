/**
 * Peak memory of a process and all its descendants (Astro's build may start workers, Chromium for
 * diagrams and the Pagefind binary), sampled from /proc on Linux. The peak is the larger of
 * the highest sampled sum of VmRSS over the tree and the highest VmHWM (a process's own peak,
 * kept by the kernel) of any single process, so short spikes between samples are not lost entirely.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The `VmRSS` and `VmHWM` lines of a /proc/<pid>/status text, in bytes (0 when absent). */
export function parseStatusMemory(status: string): { rss: number; hwm: number } {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Parent pid from a /proc/<pid>/stat line (the command name in parentheses may hold spaces). */
export function parseParentPid(stat: string): number {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(afterName[1]);
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process exited between listing and reading
  }
}

/** `root` and every live descendant of it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const parent = parseParentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Start sampling; `stop()` returns the peak in bytes. */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(root)) {
      const status = read(`/proc/${pid}/status`);
      if (!status) continue;
      const { rss, hwm } = parseStatusMemory(status);
      sum += rss;
      peak = Math.max(peak, hwm);
    }
    peak = Math.max(peak, sum);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
