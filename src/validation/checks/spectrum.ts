import type { LocatedData } from '../../collections/load-data.ts';
import type { DataSet } from '../../collections/dataset.ts';
import { spectrumPoints } from '../../model/spectrum-chart.ts';
import type { Problem } from '../../problems/problems.ts';

/**
 * Measurements the isolation spectrum chart draws must be drawable with their conditions: the chart
 * fails validation, never the reader. Each problem points at the field of the measurement to fix.
 */
export function checkSpectrumChart(data: LocatedData, index: DataSet): Problem[] {
  const { problems } = spectrumPoints(index.measurements, index.technologies);
  return problems.flatMap((problem) => {
    const entry = data.measurements.find((m) => m.value.id === problem.measurement);
    return entry
      ? [{ file: entry.file, ...entry.at(problem.path), severity: 'error' as const, message: problem.message }]
      : [];
  });
}
