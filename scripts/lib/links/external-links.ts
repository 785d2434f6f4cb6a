import type { Source } from '../../../src/schemas/source.ts';
import { findAll } from '../../../src/problems/mdx-source.ts';

/** An external URL and every place that uses it ("content/data/sources/x.yaml: source kvm-merge"). */
export interface ExternalLink {
  url: string;
  usedBy: string[];
}

/** Every source URL, and every http(s) link written in a topic body (`[text](https://...)` or `href="https://..."`; code is skipped). */
export function externalLinks(
  sources: readonly { value: Source; file: string }[],
  topics: readonly { file: string; body: string }[],
): ExternalLink[] {
  const links = new Map<string, string[]>();
  const add = (url: string, place: string) => {
    const places = links.get(url) ?? [];
    if (!places.includes(place)) places.push(place);
    links.set(url, places);
  };
  for (const { value, file } of sources) add(value.url, `${file}: source ${value.id}`);
  for (const topic of topics) {
    for (const found of [
      ...findAll(topic.body, /\]\((https?:\/\/[^)\s]+)\)/g),
      ...findAll(topic.body, /href=["'](https?:\/\/[^"']+)["']/g),
    ]) {
      add(found.value, `${topic.file}:${found.line}:${found.column}`);
    }
  }
  return [...links].map(([url, usedBy]) => ({ url, usedBy }));
}
