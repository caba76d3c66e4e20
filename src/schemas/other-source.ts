/**
 * Frontmatter of an other source of pain (content/other-sources/<slug>.mdx): a nerve root, a
 * peripheral nerve, a joint or an organ that can produce pain where muscles refer it. The MDX
 * body holds "In plain words" and "Clinical detail". Format agreed in issue 13.
 */
import { z } from 'astro/zod';
import { nonEmpty, regionId, reviewedDate } from './common';
import { redFlag } from './condition';
import { citationSchema } from './source';

export const OTHER_KINDS = ['nerve-root', 'peripheral-nerve', 'joint', 'organ'] as const;
export type OtherKind = (typeof OTHER_KINDS)[number];

/** The usual right step when the source is suspected, least urgent first. */
const ACTIONS = ['self-care', 'physio-or-doctor', 'doctor-today', 'emergency'] as const;
export type OtherAction = (typeof ACTIONS)[number];

/** Spinal levels a nerve-root entry may name. */
export const ROOT_LEVELS = [
  ...['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'],
] as const;

const SIDE_FIX = 'Fix: write a bare region id for both sides, or `{ region: <id>, side: left }` (or `right`) for a one-sided pattern.';

/**
 * A place where the source is felt: a bare region id (both sides of a paired region) or one
 * side of it, on the patient's left or right (the heart's left arm).
 */
const placeObject = z.object(
  {
    region: regionId,
    side: z.enum(['left', 'right'], {
      error: (iss) => (iss.input === undefined ? `is missing. ${SIDE_FIX}` : `unknown side ${JSON.stringify(iss.input)}. ${SIDE_FIX}`),
    }),
  },
  { error: `must be a region id or { region, side }. ${SIDE_FIX}` },
);
// Chosen by the value's shape rather than a union, so the error names what is wrong with it.
const placeRef = z.unknown().transform((value, ctx): string | z.infer<typeof placeObject> => {
  const parsed = typeof value === 'string' ? regionId.safeParse(value) : placeObject.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export interface OtherSourceRefs<S extends z.ZodType, M extends z.ZodType> {
  source: S;
  muscle: M;
}

export function otherSourceSchema<S extends z.ZodType, M extends z.ZodType>(refs: OtherSourceRefs<S, M>) {
  return z
    .object({
      /** Display name ("C6 nerve root", "Heart"). */
      name: z.string().min(3),
      kind: z.enum(OTHER_KINDS, {
        error: (iss) =>
          `${iss.input === undefined ? 'is missing' : `unknown kind ${JSON.stringify(iss.input)}`}. Fix: use one of ${OTHER_KINDS.join(', ')}.`,
      }),
      /** Spinal level, for nerve roots only. */
      level: z.enum(ROOT_LEVELS, { error: `must be a spinal level. Fix: use one of ${ROOT_LEVELS.join(', ')}.` }).optional(),
      /** Lay and clinical names, searchable. */
      aliases: nonEmpty(z.string().min(2), 'alias (a lay or clinical name)'),
      /** Plain-language summary, one or two sentences. */
      summary: z.string().min(20).max(300),
      /** Where it is felt: essential (most typically) and occasional (sometimes). */
      refers: z.object(
        {
          essential: nonEmpty(placeRef, 'region where it is felt most typically'),
          occasional: z.array(placeRef).default([]),
        },
        { error: 'is missing. Fix: add `refers: { essential: [...], occasional: [...] }` with atlas region ids.' },
      ),
      /** What tells it apart from myofascial referral (at least two). */
      tellsApart: z
        .array(z.string().min(10))
        .min(2, { error: 'must list at least two features that tell it apart from muscle pain. Fix: add them, in your own words.' }),
      /** The usual right step when this source is suspected. */
      action: z.enum(ACTIONS, {
        error: (iss) =>
          `${iss.input === undefined ? 'is missing' : `unknown action ${JSON.stringify(iss.input)}`}. Fix: use one of ${ACTIONS.join(', ')}.`,
      }),
      /** Signs that need medical help, each with how soon (required for organs). */
      redFlags: z.array(redFlag).default([]),
      /** Muscles whose referral is often confused with it (slugs in content/muscles). */
      muscles: z.array(refs.muscle).default([]),
      sources: nonEmpty(citationSchema(refs.source), 'source'),
      reviewed: reviewedDate,
    })
    .superRefine((d, ctx) => {
      if (d.kind === 'nerve-root' && !d.level) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: `is missing for a nerve root. Fix: add \`level: C6\` (one of ${ROOT_LEVELS.join(', ')}).`,
        });
      }
      if (d.kind !== 'nerve-root' && d.level) {
        ctx.addIssue({ code: 'custom', path: ['level'], message: `is only for nerve roots, and this entry is a ${d.kind}. Fix: remove \`level\`.` });
      }
      if (d.kind === 'organ' && d.redFlags.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['redFlags'],
          message: 'must list at least one red flag for an organ. Fix: add `- sign: <the sign>` with `urgency: emergency | today | soon`.',
        });
      }
    });
}
