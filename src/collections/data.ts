import { getCollection } from 'astro:content';
import { indexData, type DataLists, type DataSet } from './dataset.ts';
import { kindNames } from './kinds.ts';

let cached: Promise<DataSet> | undefined;

/** All typed data from the content collections, looked up by id. Read once per build; on every request in dev. */
export function getDataSet(): Promise<DataSet> {
  if (import.meta.env.DEV) return readDataSet();
  cached ??= readDataSet();
  return cached;
}

async function readDataSet(): Promise<DataSet> {
  const lists = await Promise.all(
    kindNames.map(async (name) => [name, (await getCollection(name)).map((e) => e.data)] as const),
  );
  return indexData(Object.fromEntries(lists) as unknown as DataLists);
}
