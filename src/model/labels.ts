import type { Metric, Unit } from '../schemas/measurement.ts';
import type { SourceKind } from '../schemas/source.ts';
import type { StackLayer, Technology } from '../schemas/technology.ts';

/**
 * How the enum values of the data schemas read on the site. Each record lists every value, so
 * adding a value to a schema without a label is a type error.
 */
export const technologyKindLabels: Record<Technology['kind'], { label: string; singular: string; blurb: string }> = {
  hypervisor: {
    label: 'Hypervisors',
    singular: 'Hypervisor',
    blurb: 'Software that runs virtual machines on the hardware or inside a host kernel.',
  },
  vmm: {
    label: 'Virtual machine monitors',
    singular: 'Virtual machine monitor',
    blurb: 'User-space programs that give a virtual machine its devices and run it on a hypervisor.',
  },
  'container-engine': {
    label: 'Container engines',
    singular: 'Container engine',
    blurb: 'Tools that pull images and manage containers, delegating the start to a runtime.',
  },
  'container-runtime': {
    label: 'Container runtimes',
    singular: 'Container runtime',
    blurb: 'Low-level programs that set up namespaces and cgroups and start the container process.',
  },
  'system-containers': {
    label: 'System containers',
    singular: 'System containers',
    blurb: 'Containers that run a whole init system, managed like lightweight machines.',
  },
  'sandboxed-runtime': {
    label: 'Sandboxed runtimes',
    singular: 'Sandboxed runtime',
    blurb: 'Runtimes that put a second kernel-like layer between the container and the host kernel.',
  },
  'vm-isolated-runtime': {
    label: 'VM-isolated runtimes',
    singular: 'VM-isolated runtime',
    blurb: 'Container runtimes that start each container or pod inside its own virtual machine.',
  },
  microvm: {
    label: 'MicroVMs',
    singular: 'MicroVM',
    blurb: 'Minimal virtual machine monitors built for fast start and a small attack surface.',
  },
  unikernel: {
    label: 'Unikernels',
    singular: 'Unikernel',
    blurb: 'Single-purpose images where the application is linked with only the OS parts it needs.',
  },
  'wasm-runtime': {
    label: 'WebAssembly runtimes',
    singular: 'WebAssembly runtime',
    blurb: 'Runtimes that execute WebAssembly modules inside a language-level sandbox.',
  },
};

export const hypervisorTypeLabels: Record<NonNullable<Technology['hypervisorType']>, string> = {
  'type-1': 'Type 1 (runs on the hardware)',
  'type-2': 'Type 2 (runs on a host operating system)',
  disputed: 'Disputed: it fits neither label cleanly',
};

export const kernelLabels: Record<Technology['kernel'], string> = {
  'guest-kernel': 'Its own guest kernel',
  'shared-host-kernel': "The host's kernel, shared",
  'user-space-kernel': 'A kernel implemented in user space',
  'library-os': 'A library operating system linked into the application',
  none: 'No kernel: a language runtime',
};

export const boundaryLabels: Record<Technology['isolationBoundary']['kind'], string> = {
  'hardware-virtualization': 'Hardware virtualization',
  'host-kernel': 'The host kernel',
  'user-space-kernel': 'A user-space kernel',
  'language-sandbox': 'A language sandbox',
};

export const layerLabels: Record<StackLayer['layer'], string> = {
  hardware: 'Hardware',
  firmware: 'Firmware',
  hypervisor: 'Hypervisor',
  'host-kernel': 'Host kernel',
  vmm: 'Virtual machine monitor',
  'guest-kernel': 'Guest kernel',
  'sandbox-kernel': 'Sandbox kernel',
  'container-runtime': 'Container runtime',
  'library-os': 'Library OS',
  'wasm-runtime': 'WebAssembly runtime',
  app: 'Application',
};

/** In the order tables group them. */
export const metricLabels: Record<Metric, string> = {
  'boot-time': 'Boot time',
  'start-time': 'Start time',
  'memory-overhead': 'Memory overhead',
  'image-size': 'Image size',
  throughput: 'Throughput',
  latency: 'Latency',
  density: 'Density',
};

export const unitSymbols: Record<Unit, string> = {
  ns: 'ns',
  us: 'µs',
  ms: 'ms',
  s: 's',
  KiB: 'KiB',
  MiB: 'MiB',
  GiB: 'GiB',
  KB: 'kB',
  MB: 'MB',
  GB: 'GB',
  percent: '%',
  count: '',
  'per-second': 'per second',
};

/** Headings of the bibliography, in the order `/references/` shows them. */
export const sourceKindLabels: Record<SourceKind, string> = {
  paper: 'Papers',
  book: 'Books',
  spec: 'Specifications',
  standard: 'Standards',
  docs: 'Documentation',
  'man-page': 'Manual pages',
  'source-code': 'Source code',
  issue: 'Issues and bug reports',
  article: 'Articles',
  talk: 'Talks',
};
