/**
 * Muscle outlines, drawn for the right side on the views where each muscle is palpated,
 * gathered from the per-area files in ./sites and smoothed into closed curves.
 */
import { smoothClosed } from './geometry';
import { SITE_FILES } from './landmarks';
import type { Point, Ring, ViewId } from './types';

export interface MuscleOutline {
  view: ViewId;
  depth: 'superficial' | 'deep';
  /** The drawn control points (the outline is a closed spline through them). */
  points: readonly Point[];
  /** The spline sampled into a polygon, for bounds and containment checks. */
  ring: Ring;
}

export const MUSCLE_OUTLINES: ReadonlyMap<string, MuscleOutline[]> = new Map(
  SITE_FILES.flatMap((f) => Object.entries(f.outlines)).map(([slug, list]) => [
    slug,
    list.map(([view, depth, pts]) => ({ view, depth, points: pts, ring: smoothClosed(pts, 5) })),
  ]),
);
