import { getCollection } from 'astro:content';
import { indexData, type DataSet } from './dataset.ts';

let cached: Promise<DataSet> | undefined;

/** All typed data from the content collections, looked up by id. Read once per build; on every request in dev. */
export function getDataSet(): Promise<DataSet> {
  if (import.meta.env.DEV) return readDataSet();
  cached ??= readDataSet();
  return cached;
}

async function readDataSet(): Promise<DataSet> {
  const [sources, technologies, comparisons, measurements, glossary] = await Promise.all([
    getCollection('sources'),
    getCollection('technologies'),
    getCollection('comparisons'),
    getCollection('measurements'),
    getCollection('glossary'),
  ]);
  return indexData({
    sources: sources.map((e) => e.data),
    technologies: technologies.map((e) => e.data),
    comparisons: comparisons.map((e) => e.data),
    measurements: measurements.map((e) => e.data),
    glossary: glossary.map((e) => e.data),
  });
}
