/**
 * Muscle outlines, drawn for the right side on the views where each muscle is palpated,
 * gathered from the per-area files in ./sites and smoothed into closed curves.
 */
import { smoothClosed } from './geometry';
import { SITE_FILES } from './landmarks';
import type { Ring, ViewId } from './types';

export interface MuscleOutline {
  view: ViewId;
  depth: 'superficial' | 'deep';
  ring: Ring;
}

export const MUSCLE_OUTLINES: ReadonlyMap<string, MuscleOutline[]> = new Map(
  SITE_FILES.flatMap((f) => Object.entries(f.outlines)).map(([slug, list]) => [
    slug,
    list.map(([view, depth, pts]) => ({ view, depth, ring: smoothClosed(pts, 5) })),
  ]),
);
