/** Frontmatter of a condition entry (content/conditions/<slug>.mdx). */
import { z } from 'astro/zod';
import { bodyArea, nonEmpty, regionId, reviewedDate } from './common';
import { citationSchema } from './source';

/** How soon a red flag needs medical help, most urgent first (the order the page shows them in). */
export const URGENCIES = ['emergency', 'today', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

const URGENCY_FIX = `Fix: add \`urgency: emergency\` (call emergency services now), \`urgency: today\` (see a doctor today) or \`urgency: soon\` (book a doctor's appointment soon).`;

/** A sign that needs medical help, in words a patient understands, and how soon. */
export const redFlag = z.object(
  {
    /** The sign, in plain words (a clinical term may follow in brackets). */
    sign: z.string().min(10, { error: 'is too short to describe a sign. Fix: say what the patient notices, in plain words.' }),
    /** How soon: emergency, today or soon. */
    urgency: z.enum(URGENCIES, {
      error: (iss) => (iss.input === undefined ? `is missing. ${URGENCY_FIX}` : `unknown urgency ${JSON.stringify(iss.input)}. ${URGENCY_FIX}`),
    }),
  },
  {
    error: (iss) =>
      typeof iss.input === 'string'
        ? `is a bare sentence, but each red flag needs its urgency. Fix: write it as \`- sign: <the sign>\` with \`urgency: emergency | today | soon\` on the next line.`
        : 'must be a red flag. Fix: write it as `- sign: <the sign>` with `urgency: emergency | today | soon`.',
  },
);
export type RedFlag = z.infer<typeof redFlag>;

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
    /** Signs that need medical help first, each with how soon (see `redFlag`). */
    redFlags: nonEmpty(redFlag, 'red flag'),
    /** When to see a doctor. */
    seeADoctor: nonEmpty(z.string(), 'reason to see a doctor'),
    selfCare: nonEmpty(z.string(), 'self-care measure'),
    sources: nonEmpty(citationSchema(refs.source), 'source'),
    /** When the entry was last reviewed (YYYY-MM-DD): the page's lastmod and lastReviewed. */
    reviewed: reviewedDate,
  });
}
