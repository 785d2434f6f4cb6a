import type { Problem } from '../problems/problems.ts';
import { checkComparisons } from './checks/comparisons.ts';
import { checkIds } from './checks/ids.ts';
import { checkDataReferences } from './checks/references.ts';
import type { DataSet } from '../collections/dataset.ts';
import type { LocatedData } from '../collections/load-data.ts';

/** Every check between data entries that does not need the pages. */
export function checkData(data: LocatedData, index: DataSet): Problem[] {
  return [...checkIds(data), ...checkDataReferences(data, index), ...checkComparisons(data.comparisons)];
}
