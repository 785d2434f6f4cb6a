/**
 * The ids a generated page can reference, read from the project at run time: sources (`<Cite id>`),
 * comparison tables (`<ComparisonTable id>`) and diagrams (`<Diagram id>`). Each list is empty when
 * that part of the data layer does not exist yet, and the generator then leaves those references out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ProjectData {
  sourceIds: string[];
  comparisonIds: string[];
  diagramIds: string[];
}

function filesIn(dir: string, extension: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(extension))
        .sort()
    : [];
}

function idsOf(value: unknown): string[] {
  const entries = Array.isArray(value) ? value : [value];
  return entries.flatMap((e) =>
    e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : [],
  );
}

function yamlIds(dir: string, fallbackToFileName: boolean): string[] {
  return filesIn(dir, '.yaml').flatMap((file) => {
    try {
      const ids = idsOf(parse(readFileSync(join(dir, file), 'utf8')));
      return ids.length || !fallbackToFileName ? ids : [file.replace(/\.yaml$/, '')];
    } catch {
      return []; // a broken file is the validator's business; reference only what parses
    }
  });
}

export function readProjectData(root: string): ProjectData {
  const data = join(root, 'content/data');
  return {
    sourceIds: yamlIds(join(data, 'sources'), false),
    comparisonIds: yamlIds(join(data, 'comparisons'), true),
    diagramIds: filesIn(join(root, 'content/diagrams'), '.mmd').map((f) => f.replace(/\.mmd$/, '')),
  };
}
