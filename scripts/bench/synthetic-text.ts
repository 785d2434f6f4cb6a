/**
 * Deterministic filler text about isolation for synthetic pages: plausible sentences, titles and
 * descriptions from small word lists and a seeded random number generator, so two runs generate
 * the same site and their build times compare.
 */

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const subjects = [
  'the hypervisor',
  'a container runtime',
  'the guest kernel',
  'the host kernel',
  'a microVM',
  'a user-space kernel',
  'the container engine',
  'a unikernel',
  'a WebAssembly runtime',
  'the virtual machine monitor',
  'the orchestrator',
  'an OCI image',
];
const verbs = [
  'isolates',
  'schedules',
  'limits',
  'shares',
  'exposes',
  'virtualizes',
  'accounts for',
  'restricts',
  'maps',
  'intercepts',
];
const objects = [
  'system calls',
  'memory pages',
  'network interfaces',
  'block devices',
  'process IDs',
  'file system layers',
  'CPU time',
  'device drivers',
  'mount points',
  'user IDs',
  'page tables',
  'interrupts',
];
const qualifiers = [
  'on every boot',
  'for each tenant',
  'with little overhead',
  'at the cost of a larger attack surface',
  'before the application starts',
  'when the host is under load',
  'in most production setups',
  'unless configured otherwise',
  'through hardware extensions',
  'without a second kernel',
];
const titleTopics = [
  'Namespaces',
  'Control groups',
  'Seccomp filters',
  'Guest kernels',
  'Live migration',
  'Image layers',
  'Rootless containers',
  'Nested virtualization',
  'Device passthrough',
  'Memory ballooning',
  'Snapshot restore',
  'Network bridges',
  'Storage drivers',
  'Boot time',
  'Kernel sharing',
  'Sandboxed runtimes',
];
const titleAngles = [
  'in practice',
  'under load',
  'and security',
  'compared',
  'explained',
  'for operators',
  'on shared hosts',
  'at scale',
];
const headings = [
  'How it works',
  'Where the boundary sits',
  'What it costs',
  'Common mistakes',
  'When to choose it',
  'Operating it',
  'Measuring it',
  'Limits and caveats',
  'A worked example',
  'Further details',
];

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function sentence(random: Random): string {
  return `${capitalize(pick(random, subjects))} ${pick(random, verbs)} ${pick(random, objects)} ${pick(random, qualifiers)}.`;
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** A title of at most 90 characters, unique through its number. */
export function title(random: Random, number: number): string {
  return `${pick(random, titleTopics)} ${pick(random, titleAngles)} (${number})`;
}

/** A one-sentence description of 50 to 160 characters. */
export function description(random: Random): string {
  return `How ${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)}, and what that means when choosing between containers and VMs.`;
}

export function heading(random: Random): string {
  return pick(random, headings);
}

/** A Markdown table comparing containers and VMs on a few aspects. */
export function table(random: Random, rows: number): string {
  const lines = ['| Aspect | Containers | Virtual machines |', '|---|---|---|'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `| ${capitalize(pick(random, objects))} | ${capitalize(pick(random, verbs))} by ${pick(random, subjects)} | ${capitalize(pick(random, verbs))} by ${pick(random, subjects)} |`,
    );
  }
  return lines.join('\n');
}
