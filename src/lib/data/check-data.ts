import type { Problem } from '../problems.ts';
import { checkComparisons } from './check-comparisons.ts';
import { checkIds } from './check-ids.ts';
import { checkDataReferences } from './check-references.ts';
import type { DataSet } from './dataset.ts';
import type { LocatedData } from './load-data.ts';

/** Every check between data entries that does not need the pages. */
export function checkData(data: LocatedData, index: DataSet): Problem[] {
  return [...checkIds(data), ...checkDataReferences(data, index), ...checkComparisons(data.comparisons)];
}
