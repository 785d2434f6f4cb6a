import { z } from 'astro/zod';
import { dataKinds, type DataKind } from './kinds.ts';
import { topicSchema } from '../schemas/topic.ts';

/**
 * JSON Schemas generated from the Zod schemas, for editors: the `yaml-language-server` modeline at
 * the top of each data file points at one, so field names complete and mistakes show as you type.
 * `npm run schemas` writes them to `schemas/`; a unit test fails when the committed files are stale.
 * Checks that JSON Schema cannot express (dates in the future, cross-references) run in `npm run validate`.
 */
function fileSchema(kind: DataKind<unknown>): z.ZodType {
  const where = 'file' in kind.location ? kind.location.file : `${kind.location.dir}/`;
  if (kind.layout === 'single') {
    return kind.schema.meta({
      title: `A ${kind.noun} (${where}<id>.yaml)`,
      description: `One ${kind.noun} per file; see content/data/README.md.`,
    });
  }
  return z
    .array(kind.schema)
    .meta({ title: `A list of ${kind.plural} (${where})`, description: 'See content/data/README.md.' });
}

/**
 * The frontmatter of a topic page (`content/topics/*.mdx`), for tools that check YAML frontmatter
 * against a schema. `updated` is read through a preprocessing step (YAML may give a date object),
 * which hides that it is required; it is marked required here.
 */
function topicFrontmatterJson(): object {
  const schema = topicSchema.meta({
    title: 'Frontmatter of a topic page (content/topics/<id>.mdx)',
    description: 'See CONTRIBUTING.md.',
  });
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-07', unrepresentable: 'throw' }) as {
    required?: string[];
  };
  json.required = [...new Set([...(json.required ?? []), 'updated'])];
  return json;
}

/** File name in `schemas/` -> the JSON text to write there. */
export function generateJsonSchemas(): Map<string, string> {
  const entries: [string, object][] = dataKinds.map((kind) => [
    kind.jsonSchemaFile,
    z.toJSONSchema(fileSchema(kind as DataKind<unknown>), {
      io: 'input',
      target: 'draft-07',
      unrepresentable: 'throw',
    }),
  ]);
  entries.push(['topic.schema.json', topicFrontmatterJson()]);
  return new Map(entries.map(([file, json]) => [file, `${JSON.stringify(json, null, 2)}\n`]));
}
