/**
 * `npm run schemas`: write the JSON Schemas editors use for content/data/*.yaml (and topic frontmatter) into schemas/,
 * generated from the Zod schemas in src/schemas/. Run it after changing a data schema and commit the result.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas } from '../src/collections/json-schemas.ts';
import { projectRoot } from './lib/project.ts';

const dir = join(projectRoot, 'schemas');
mkdirSync(dir, { recursive: true });
for (const [file, json] of generateJsonSchemas()) {
  writeFileSync(join(dir, file), json);
  console.log(`schemas/${file}`);
}
