import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataSet } from '../../collections/data.ts';
import { boundaryLabels, kernelLabels, layerLabels, technologyKindLabels } from '../../model/labels.ts';
import { formatMeasurementValue, metricLabel, selectMeasurements } from '../../model/measurements.ts';
import { sourcePreview } from '../../model/previews.ts';
import { technologyPath } from '../../model/routes.ts';
import type { Technology } from '../../schemas/technology.ts';

/** `/technologies/<id>.md`: a technology's page as Markdown. */
export const getStaticPaths = (async () =>
  [...(await getDataSet()).technologies.values()].map((tech) => ({
    params: { id: tech.id },
    props: { tech },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { tech } = props as { tech: Technology };
  const data = await getDataSet();
  const root = new URL(import.meta.env.BASE_URL, site).href;
  const measurements = selectMeasurements([...data.measurements], { technology: tech.id });
  const sources = [...new Set([...tech.sources, ...measurements.map((m) => m.source)])]
    .map((id) => data.sources.get(id))
    .filter((s) => s !== undefined);
  const lines = [
    `# ${tech.name}`,
    '',
    `> ${tech.summary.replace(/\s+/g, ' ').trim()}`,
    '',
    `Online: <${new URL(technologyPath(tech.id).slice(1), root).href}>`,
    '',
    `- Kind: ${technologyKindLabels[tech.kind].singular}`,
    `- Kernel the workload uses: ${kernelLabels[tech.kernel]}`,
    `- Isolation boundary: ${boundaryLabels[tech.isolationBoundary.kind]}. ${tech.isolationBoundary.description}`,
    '',
    '## Layers, from the hardware up',
    '',
    ...tech.stack.map(
      (l, i) => `${i + 1}. ${layerLabels[l.layer]}: ${l.label}${l.boundary ? ' (isolation boundary)' : ''}`,
    ),
    '',
    ...(measurements.length
      ? [
          '## Measurements',
          '',
          ...measurements.map(
            (m) =>
              `- ${metricLabel(m.metric)}: ${formatMeasurementValue(m)}. ${m.what}. ${m.conditions.setup}; ${m.conditions.year}.`,
          ),
          '',
        ]
      : []),
    '## Sources',
    '',
    ...sources.map((s) => `- ${sourcePreview(s)} <${s.url}>`),
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
