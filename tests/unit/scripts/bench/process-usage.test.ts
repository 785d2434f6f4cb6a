import { describe, expect, it } from 'vitest';
import { parseStat, parseStatusMemory, processTree } from '../../../../scripts/bench/process-tree-usage.ts';

describe('process usage from /proc', () => {
  it('reads resident and peak resident memory in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  262144 kB\nThreads:\t11\n';
    expect(parseStatusMemory(status)).toEqual({ rss: 256 * 1024 * 1024, hwm: 512 * 1024 * 1024 });
    expect(parseStatusMemory('Name:\tkthreadd\n')).toEqual({ rss: 0, hwm: 0 });
  });

  it('reads the parent pid and user + system ticks even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (worker) x) S 4100 4242 4100 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 11 0';
    expect(parseStat(stat)).toEqual({ parent: 4100, cpuTicks: 280 });
  });

  it('finds this process as the root of its own tree, with the CPU time it has used', () => {
    const tree = processTree(process.pid);
    expect([...tree.keys()][0]).toBe(process.pid);
    expect(tree.get(process.pid)).toBeGreaterThan(0);
  });
});
