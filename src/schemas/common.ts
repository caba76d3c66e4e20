/**
 * Field types shared by the content schemas. Messages name the field's problem and the fix;
 * Astro prefixes them with the collection, the entry and the field path.
 */
import { z } from 'astro/zod';
import { LANDMARK_BY_ID, LANDMARK_IDS, REGION_BY_ID, REGION_IDS } from '../atlas';
import { BODY_AREAS } from '../atlas/types';

/** Closest known id, to suggest in an error message. */
export function closest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(value, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(3, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

const suggestion = (value: string, known: readonly string[]) => {
  const c = closest(value, known);
  return c ? ` Did you mean "${c}"?` : '';
};

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
export type ZoneRef = z.infer<typeof zoneRef>;

/** A trigger point landmark id (see src/atlas/sites/). */
export const landmarkId = z.string().superRefine((value, ctx) => {
  if (!LANDMARK_BY_ID.has(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown landmark "${value}". Fix: use a landmark id from src/atlas/sites/<area>.ts, or add the landmark there.${suggestion(value, LANDMARK_IDS)}`,
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
