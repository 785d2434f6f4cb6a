import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { topicSchema } from './schemas/topic.ts';

/** Topic pages: one MDX file per page under `content/topics/`. The file name is the URL slug. */
const topics = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/topics' }),
  schema: topicSchema,
});

export const collections = { topics };
