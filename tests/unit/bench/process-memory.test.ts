import { describe, expect, it } from 'vitest';
import { parseParentPid, parseStatusMemory, processTree } from '../../../scripts/bench/process-tree-memory.ts';

describe('process memory from /proc', () => {
  it('reads resident and peak resident memory in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 1000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  262144 kB\nThreads:\t11\n';
    expect(parseStatusMemory(status)).toEqual({ rss: 256 * 1024 * 1024, hwm: 512 * 1024 * 1024 });
    expect(parseStatusMemory('Name:\tkthreadd\n')).toEqual({ rss: 0, hwm: 0 });
  });

  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parseParentPid('4242 (node (worker) x) S 4100 4242 4100 0 -1')).toBe(4100);
  });

  it('finds this process as the root of its own tree', () => {
    expect(processTree(process.pid)[0]).toBe(process.pid);
  });
});
