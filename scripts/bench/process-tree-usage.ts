/**
 * Peak memory and CPU time of a process and all its descendants (Astro's build may start workers,
 * Chromium for diagrams and the Pagefind binary), sampled from /proc on Linux.
 *
 * Peak memory is the larger of the highest sampled sum of VmRSS over the tree and the highest VmHWM
 * (a process's own peak, kept by the kernel) of any single process, so short spikes between samples
 * are not lost entirely. CPU time is the sum over every process seen of its last sampled user + system
 * time: it misses at most one interval per process, and unlike wall time it barely changes when other
 * work competes for the CPUs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The `VmRSS` and `VmHWM` lines of a /proc/<pid>/status text, in bytes (0 when absent). */
export function parseStatusMemory(status: string): { rss: number; hwm: number } {
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Parent pid and user + system CPU time in clock ticks from a /proc/<pid>/stat line (the command name may hold spaces). */
export function parseStat(stat: string): { parent: number; cpuTicks: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state(0) ppid(1) ... utime(11) stime(12)
  return { parent: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process exited between listing and reading
  }
}

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** `root` and every live descendant of it, with the CPU ticks each has used so far. */
export function processTree(root: number): Map<number, number> {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const { parent, cpuTicks } = parseStat(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    ticks.set(Number(name), cpuTicks);
  }
  const tree = new Map<number, number>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (ticks.has(pid)) tree.set(pid, ticks.get(pid)!);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Start sampling; `stop()` returns the peak memory in bytes and the CPU time in milliseconds. */
export function sampleTreeUsage(
  root: number,
  intervalMs = 100,
): { stop: () => { peakRssBytes: number; cpuMs: number } } {
  const ticksPerSecond = clockTicksPerSecond();
  const cpuTicks = new Map<number, number>();
  let peak = 0;
  const sample = () => {
    let sum = 0;
    for (const [pid, ticks] of processTree(root)) {
      cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, ticks));
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
      const ticks = [...cpuTicks.values()].reduce((a, b) => a + b, 0);
      return { peakRssBytes: peak, cpuMs: (ticks / ticksPerSecond) * 1000 };
    },
  };
}
