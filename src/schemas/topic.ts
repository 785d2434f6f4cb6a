import { z } from 'astro/zod';
import { idPattern, pastCalendarDate } from './data-fields.ts';
import { sectionIds } from './sections.ts';

/**
 * Frontmatter of a topic page (`content/topics/*.mdx`).
 * Unknown keys are rejected so that a typo (`decription:`) fails loudly instead of being ignored.
 */
export const topicSchema = z
  .strictObject({
    /** Page title: the h1, the `<title>` and the sidebar label (unless `sidebarLabel` is set). */
    title: z.string().trim().min(3).max(90),
    /** Meta description and search-result blurb: 50 to 160 characters, a full sentence. */
    description: z.string().trim().min(50).max(160),
    /** Which sidebar section the page belongs to; one of `src/schemas/sections.ts`. */
    section: z.enum(sectionIds),
    /** Position within its section, ascending. Ties are broken by title. */
    order: z.number().int().min(0).max(999),
    /** Date of the last meaningful content change (YYYY-MM-DD). Shown in the footer; never in the future. */
    updated: pastCalendarDate('write the day of the change (YYYY-MM-DD)'),
    /** Shorter label for the sidebar when the title is long. */
    sidebarLabel: z.string().trim().min(2).max(40).optional(),
    /** Ids of related topic pages, listed under "Related pages" at the end. Default: none. */
    related: z.array(z.string().regex(idPattern, 'must be a page id: lowercase letters, digits and hyphens')).default([]),
    /** Drafts are validated but not built into the site. Default: false. */
    draft: z.boolean().default(false),
  });

export type TopicFrontmatter = z.infer<typeof topicSchema>;
