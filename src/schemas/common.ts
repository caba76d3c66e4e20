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
