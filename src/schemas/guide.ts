/** Frontmatter of a guide (content/guides/<slug>.mdx): background, techniques, safety, evidence. */
import { z } from 'astro/zod';
import { nonEmpty, reviewedDate } from './common';
import { citationSchema } from './source';

export const GUIDE_KINDS = ['basics', 'therapy', 'technique', 'safety', 'evidence'] as const;

export const GUIDE_KIND_LABELS: Record<(typeof GUIDE_KINDS)[number], string> = {
  basics: 'Understanding trigger points',
  therapy: 'Neuromuscular therapy',
  technique: 'Techniques',
  safety: 'Safety',
  evidence: 'Evidence and limits',
};

export function guideSchema<S extends z.ZodType>(refs: { source: S }) {
  return z.object({
    /** Page title. */
    title: z.string().min(3),
    /** One or two plain-language sentences for the index and the meta description. */
    summary: z.string().min(20).max(300),
    /** Which section of the guides index it belongs to. */
    kind: z.enum(GUIDE_KINDS, { error: () => `unknown kind. Fix: use one of ${GUIDE_KINDS.join(', ')}.` }),
    /** Position within its section (ascending). */
    order: z.number().int().min(0),
    sources: nonEmpty(citationSchema(refs.source), 'source'),
    /** When the entry was last reviewed (YYYY-MM-DD): the page's lastmod and lastReviewed. */
    reviewed: reviewedDate,
  });
}
