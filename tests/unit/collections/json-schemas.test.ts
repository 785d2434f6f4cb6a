import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '../../../src/collections/json-schemas.ts';
import { checkModeline, expectedModeline } from '../../../src/collections/modeline.ts';
import { projectRoot } from '../../support/paths.ts';

const schemasDir = join(projectRoot, 'schemas');

describe('JSON Schemas for editors', () => {
  const generated = generateJsonSchemas();

  it('are generated for each kind of data file', () => {
    expect([...generated.keys()].sort()).toEqual([
      'comparison.schema.json',
      'decision.schema.json',
      'glossary.schema.json',
      'measurements.schema.json',
      'pairs.schema.json',
      'profile.schema.json',
      'sources.schema.json',
      'technology.schema.json',
      'topic.schema.json',
    ]);
  });

  it('describe topic frontmatter: closed, with the required fields and real calendar dates', () => {
    const topic = JSON.parse(generated.get('topic.schema.json')!);
    expect(topic.additionalProperties).toBe(false);
    expect(topic.required).toEqual(['title', 'description', 'section', 'order', 'updated']);
    const date = new RegExp(topic.properties.updated.pattern);
    expect(['2024-02-29', '2026-11-30'].map((d) => date.test(d))).toEqual([true, true]);
    expect(['2026-02-30', '2026-13-45', '2025-02-29'].map((d) => date.test(d))).toEqual([false, false, false]);
  });

  it('are committed exactly as the Zod schemas generate them (run `npm run schemas` after changing a schema)', () => {
    expect(readdirSync(schemasDir).sort()).toEqual([...generated.keys()].sort());
    for (const [file, json] of generated) expect(readFileSync(join(schemasDir, file), 'utf8'), file).toBe(json);
  });

  it('describe a list file as an array of closed objects with their required fields', () => {
    const sources = JSON.parse(generated.get('sources.schema.json')!);
    expect(sources.type).toBe('array');
    expect(sources.items.additionalProperties).toBe(false);
    expect(sources.items.required).toEqual(['id', 'title', 'url', 'accessed', 'kind']);
    expect(sources.items.properties.accessed).toMatchObject({ type: 'string', format: 'date' });
  });

  it('leave defaulted fields optional, since editors check what people type', () => {
    const measurements = JSON.parse(generated.get('measurements.schema.json')!);
    expect(measurements.items.required).not.toContain('bound');
    expect(measurements.items.properties.bound.default).toBe('exact');
  });
});

describe('the schema modeline', () => {
  it('is the path from the file to its schema in schemas/', () => {
    expect(expectedModeline('content/data/sources/kernel.yaml', 'sources.schema.json')).toBe(
      '# yaml-language-server: $schema=../../../schemas/sources.schema.json',
    );
    expect(expectedModeline('content/data/glossary.yaml', 'glossary.schema.json')).toBe(
      '# yaml-language-server: $schema=../../schemas/glossary.schema.json',
    );
    expect(expectedModeline('content/data/sources/deep/x.yaml', 'sources.schema.json')).toBe(
      '# yaml-language-server: $schema=../../../../schemas/sources.schema.json',
    );
  });

  it('must be the first line', () => {
    const text = '# A comment first\n# yaml-language-server: $schema=../../../schemas/sources.schema.json\n- id: a\n';
    expect(
      checkModeline(text, 'content/data/sources/a.yaml', 'sources.schema.json').map((p) => `${p.line}:${p.column}`),
    ).toEqual(['1:1']);
    expect(
      checkModeline(text.split('\n').slice(1).join('\n'), 'content/data/sources/a.yaml', 'sources.schema.json'),
    ).toEqual([]);
  });
});
