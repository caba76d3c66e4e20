/**
 * Muscle outlines, drawn for the right side on the views where each muscle is palpated,
 * gathered from the per-area data files in ./sites/<area>.json (validated by ./site-data.ts)
 * and smoothed into closed curves.
 */
import { SITE_INDEX, type MuscleOutline } from './site-data';

export type { MuscleOutline } from './site-data';

export const MUSCLE_OUTLINES: ReadonlyMap<string, MuscleOutline[]> = new Map([...SITE_INDEX.outlines].map(([slug, o]) => [slug, o.outlines]));
