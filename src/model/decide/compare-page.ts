import { technologyKinds, type Technology } from '../../schemas/technology.ts';
import type { Profile } from '../../schemas/profile.ts';

/** The technologies the compare tool offers (those with a profile), from the lightest boundary to the heaviest. */
export function comparableTechnologies(
  technologies: ReadonlyMap<string, Technology>,
  profiles: ReadonlyMap<string, Profile>,
): Technology[] {
  const order = [
    'container-runtime',
    'container-engine',
    'wasm-runtime',
    'sandboxed-runtime',
    'vm-isolated-runtime',
    'microvm',
    'vmm',
    'hypervisor',
  ];
  const rank = (t: Technology) =>
    order.includes(t.kind) ? order.indexOf(t.kind) : order.length + technologyKinds.indexOf(t.kind);
  return [...profiles.keys()]
    .flatMap((id) => {
      const t = technologies.get(id);
      return t ? [t] : [];
    })
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'));
}
