/**
 * Content collections. Facts live in frontmatter and are validated here against the atlas
 * (region and landmark ids) and the bibliography; cross-entry links are checked when the
 * referral graph is built (src/lib/graph.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { conditionSchema } from './schemas/condition';
import { guideSchema } from './schemas/guide';
import { muscleSchema } from './schemas/muscle';
import { otherSourceSchema } from './schemas/other-source';
import { makeSlugger } from './schemas/slug';
import { sourceSchema } from './schemas/source';

const sources = defineCollection({
  loader: file('content/sources.yaml'),
  schema: sourceSchema,
});

const muscles = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/muscles', generateId: makeSlugger('muscle', 'content/muscles') }),
  schema: muscleSchema({ source: reference('sources'), condition: reference('conditions'), guide: reference('guides') }),
});

const conditions = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/conditions', generateId: makeSlugger('condition', 'content/conditions') }),
  schema: conditionSchema({ source: reference('sources'), muscle: reference('muscles') }),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/guides', generateId: makeSlugger('guide', 'content/guides') }),
  schema: guideSchema({ source: reference('sources') }),
});

const otherSources = defineCollection({
  loader: glob({
    pattern: '*.{md,mdx}',
    base: './content/other-sources',
    generateId: makeSlugger('other source', 'content/other-sources'),
  }),
  schema: otherSourceSchema({ source: reference('sources'), muscle: reference('muscles') }),
});

export const collections = { sources, muscles, conditions, guides, otherSources };
