/**
 * Field types shared by the content schemas. Messages name the field's problem and the fix;
 * Astro prefixes them with the collection, the entry and the field path.
 */
import { z } from 'astro/zod';
import { LANDMARK_BY_ID, LANDMARK_IDS, REGION_BY_ID, REGION_IDS } from '../atlas';
import { BODY_AREAS } from '../atlas/types';
import { suggestion } from './suggest';

export { closest } from './suggest';

/** An atlas region id (see src/atlas/regions.ts). */
export const regionId = z.string().superRefine((value, ctx) => {
  if (!REGION_BY_ID.has(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown region "${value}". Fix: use a region id from src/atlas/regions.ts, or add the region to the atlas.${suggestion(value, REGION_IDS)}`,
    });
  }
});

/** A referral zone: a region, drawn on the muscle's side unless `side` says otherwise. */
export const zoneRef = z.union([
  regionId,
  z.object({
    /** Region id. */
    region: regionId,
    /** `same` (default) side as the muscle, the `opposite` side, or `both`. */
    side: z.enum(['same', 'opposite', 'both']).default('same'),
  }),
]);

/** A trigger point landmark id (see src/atlas/sites/). */
export const landmarkId = z.string().superRefine((value, ctx) => {
  if (!LANDMARK_BY_ID.has(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown landmark "${value}". Fix: use a landmark id from src/atlas/sites/<area>.json, or add the landmark there.${suggestion(value, LANDMARK_IDS)}`,
    });
  }
});

export const bodyArea = z.enum(BODY_AREAS, {
  error: () => `unknown body area. Fix: use one of ${BODY_AREAS.join(', ')}.`,
});

export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case (lower-case words joined by "-"). Fix: rename it, e.g. "upper-fibres".' });

/** A list that must not be empty, with a message that says so. */
export function nonEmpty<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).min(1, { error: `must list at least one ${what}. Fix: add one.` });
}

const REVIEWED_FIX = 'Fix: write the date the entry was last reviewed as `reviewed: YYYY-MM-DD`, e.g. `reviewed: 2026-11-30`.';

/**
 * The date an entry was last reviewed (YYYY-MM-DD): the page's "last reviewed" date for search
 * engines (sitemap lastmod, JSON-LD lastReviewed). YAML may read it as a date or as a string.
 */
export const reviewedDate = z
  .union([z.date(), z.string()], { error: (iss) => (iss.input === undefined ? `is missing. ${REVIEWED_FIX}` : `must be a date. ${REVIEWED_FIX}`) })
  .transform((value, ctx) => {
    const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !day || day.toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a date. ${REVIEWED_FIX}` });
      return z.NEVER;
    }
    if (day.getTime() > Date.now()) {
      ctx.addIssue({ code: 'custom', message: `${iso} is in the future. Fix: give the date the entry was last reviewed, today or earlier.` });
      return z.NEVER;
    }
    return iso;
  });
