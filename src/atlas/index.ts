/**
 * The body atlas: views, named regions, trigger point landmarks and muscle outlines. Landmarks
 * and outlines are data, one file per body area in ./sites/<area>.json (schema:
 * src/schemas/sites.ts), validated when ./site-data.ts loads.
 *
 * SIDES. Regions are either midline (one shape across both halves) or paired (one id, drawn
 * on the right and on the left). Content names regions without a side. A referral zone is
 * drawn on the side of the muscle, and every muscle is drawn on the patient's RIGHT side, as
 * most referral charts do; a zone may say `side: opposite` or `side: both` when the pattern
 * crosses the midline. The anterior view therefore shows the pattern on the viewer's left,
 * the posterior view on the viewer's right.
 */
import { atlasViews } from './build';
import { splinePath } from './curves';
import { mapRing } from './geometry';
import { LANDMARK_BY_ID } from './landmarks';
import { MUSCLE_OUTLINES } from './muscles';
import { REGION_BY_ID } from './regions';
import { VIEW_IDS, type Point, type ViewGeometry, type ViewId } from './types';
import { VIEW_SPECS } from './views';

export * from './types';
export { REGIONS, REGION_BY_ID, REGION_IDS } from './regions';
export { LANDMARKS, LANDMARK_BY_ID, LANDMARK_IDS } from './landmarks';
export { MUSCLE_OUTLINES } from './muscles';

const SPEC_BY_ID = new Map(VIEW_SPECS.map((s) => [s.id, s]));

export function getView(id: ViewId): ViewGeometry {
  const v = atlasViews().get(id);
  if (!v) throw new Error(`atlas: no view "${id}"`);
  return v;
}

export function allViews(): ViewGeometry[] {
  return VIEW_IDS.map(getView);
}

/** Where a landmark sits on a view (right side), in SVG coordinates; undefined if not drawn there. */
export function landmarkPoint(id: string, view: ViewId): Point | undefined {
  const pos = LANDMARK_BY_ID.get(id)?.positions[view];
  const spec = SPEC_BY_ID.get(view);
  return pos && spec ? spec.toView(pos) : undefined;
}

export interface PlacedOutline {
  view: ViewId;
  depth: 'superficial' | 'deep';
  d: string;
  points: Point[];
}

/** A muscle's outlines, placed on their views. */
export function muscleOutlines(slug: string): PlacedOutline[] {
  return (MUSCLE_OUTLINES.get(slug) ?? []).map((o) => {
    const spec = SPEC_BY_ID.get(o.view)!;
    const ring = mapRing(o.ring, spec.toView);
    return { view: o.view, depth: o.depth, d: splinePath(mapRing(o.points, spec.toView), true), points: ring };
  });
}

/** Views on which a region is drawn. */
export function viewsOfRegion(id: string): ViewId[] {
  const ids = REGION_BY_ID.get(id)?.members ?? [id];
  return VIEW_IDS.filter((v) => getView(v).regions.some((r) => ids.includes(r.region)));
}

export function regionLabel(id: string): string {
  return REGION_BY_ID.get(id)?.label ?? id;
}
