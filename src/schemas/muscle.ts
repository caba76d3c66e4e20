/** Frontmatter of a muscle entry (content/muscles/<slug>.mdx). The MDX body holds the prose. */
import { z } from 'astro/zod';
import { bodyArea, kebabId, landmarkId, nonEmpty, zoneRef, reviewedDate } from './common';
import { citationSchema } from './source';

const qid = z.string().regex(/^Q\d+$/, { error: 'must look like "Q123". Fix: copy the item id from wikidata.org.' });

export interface MuscleRefs<S extends z.ZodType, C extends z.ZodType, G extends z.ZodType> {
  source: S;
  condition: C;
  /** A guide (content/guides/); a treatment technique must name one whose kind is `technique`. */
  guide: G;
}

export function muscleSchema<S extends z.ZodType, C extends z.ZodType, G extends z.ZodType>(refs: MuscleRefs<S, C, G>) {
  const citation = citationSchema(refs.source);
  const treatment = z.object(
    {
      /** Technique guides that suit this muscle (guide slugs, kind `technique`), best first. */
      techniques: nonEmpty(refs.guide, 'technique guide (a slug from content/guides/, e.g. static-pressure)'),
      /** Patient position for pressure work and for lengthening the muscle. */
      position: z.string().min(20, { error: 'is too short. Fix: say how the patient lies or sits for pressure work and for the stretch.' }),
      /** Cautions, self-treatment and anything the literature leaves uncertain. */
      notes: z.string().min(10).optional(),
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? 'is missing. Fix: add `treatment: { techniques: [static-pressure, …], position: "…" }` with slugs of technique guides in content/guides/.'
          : 'must be an object. Fix: write `treatment: { techniques: [static-pressure, …], position: "…" }`.',
    },
  );
  const triggerPoint = z
    .object({
      /** Stable id within the muscle ("sternal-division"). */
      id: kebabId,
      /** Landmark on the atlas where the X is drawn. */
      landmark: landmarkId,
      /** Where the trigger point lies, in clinical terms. */
      description: z.string().min(10),
      /** Regions the pain is referred to: essential (in nearly everyone) and spillover (in some). */
      referral: z.object(
        {
          essential: z.array(zoneRef),
          spillover: z.array(zoneRef).default([]),
        },
        { error: 'is missing. Fix: add `referral: { essential: [...], spillover: [...] }` with atlas region ids.' },
      ),
      /** The work that maps this pattern. */
      source: citation,
    })
    .superRefine((tp, ctx) => {
      if (tp.referral.essential.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['referral', 'essential'],
          message: `trigger point "${tp.id}" has no essential referral zone. Fix: list at least one region id under referral.essential.`,
        });
      }
    });

  return z.object({
    /** Common English name ("Upper trapezius"). */
    name: z.string().min(3),
    /** Latin or other names and abbreviations. */
    otherNames: z.array(z.string()).default([]),
    /** Body area the muscle is listed under. */
    area: bodyArea,
    /** One sentence, plain language, for cards and meta descriptions. */
    summary: z.string().min(20).max(240),
    /** How often this muscle is the source of referred pain in clinical series. Used by the finder. */
    prevalence: z.enum(['very-common', 'common', 'occasional']),
    /**
     * External identifiers. `wikidata` is the item of the muscle, or of each member for a group
     * that Wikidata has no single item for (the scalenes). Leave it out only when no item can be
     * verified; the page then says so.
     */
    ids: z.object({
      wikidata: z.union([qid, z.array(qid).min(1)]).optional(),
      uberon: z
        .string()
        .regex(/^UBERON:\d{7}$/)
        .optional(),
      fma: z
        .string()
        .regex(/^FMA:\d+$/)
        .optional(),
    }),
    attachments: z.object({ origin: z.string().min(5), insertion: z.string().min(5) }),
    action: z.string().min(5),
    innervation: z.string().min(5),
    triggerPoints: nonEmpty(triggerPoint, 'trigger point'),
    /** What the patient notices: pain, stiffness, other symptoms. */
    symptoms: nonEmpty(z.string(), 'symptom'),
    /** Conditions whose pain this muscle can mimic or contribute to (condition ids). */
    mimics: z.array(refs.condition).default([]),
    perpetuatingFactors: nonEmpty(z.string(), 'perpetuating factor'),
    /** How to find the trigger points by hand. */
    palpation: z.string().min(20),
    /** Safe self-care a patient can do. */
    selfCare: nonEmpty(z.string(), 'self-care measure'),
    /** What else can produce the same pain and how to tell. */
    differential: nonEmpty(z.string(), 'differential note'),
    /** For the therapist: techniques (linked guides) and positions. */
    treatment,
    sources: nonEmpty(citation, 'source'),
    /** When the entry was last reviewed (YYYY-MM-DD): the page's lastmod and lastReviewed. */
    reviewed: reviewedDate,
  });
}
