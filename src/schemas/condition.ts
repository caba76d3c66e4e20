/** Frontmatter of a condition entry (content/conditions/<slug>.mdx). */
import { z } from 'astro/zod';
import { bodyArea, nonEmpty, regionId } from './common';
import { citationSchema } from './source';

export interface ConditionRefs<S extends z.ZodType, M extends z.ZodType> {
  source: S;
  muscle: M;
}

export function conditionSchema<S extends z.ZodType, M extends z.ZodType>(refs: ConditionRefs<S, M>) {
  return z.object({
    name: z.string().min(3),
    /** Words patients use ("jaw clicking"). */
    laySynonyms: z.array(z.string()).default([]),
    /** Clinical names and abbreviations ("TMD"). */
    clinicalSynonyms: z.array(z.string()).default([]),
    area: bodyArea,
    /** Plain-language summary, one or two sentences. */
    summary: z.string().min(20).max(400),
    /** Where it hurts: atlas region ids. */
    painRegions: nonEmpty(regionId, 'pain region'),
    /** Muscles commonly involved, most frequent first, with a word on each. */
    muscles: nonEmpty(z.object({ muscle: refs.muscle, note: z.string().min(5) }), 'muscle'),
    /** Signs that need medical assessment first. */
    redFlags: nonEmpty(z.string(), 'red flag'),
    /** When to see a doctor. */
    seeADoctor: nonEmpty(z.string(), 'reason to see a doctor'),
    selfCare: nonEmpty(z.string(), 'self-care measure'),
    sources: nonEmpty(citationSchema(refs.source), 'source'),
  });
}
