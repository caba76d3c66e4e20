/**
 * Builds the data one static map needs: which regions to draw, which are marked, the muscle
 * outline and the trigger point crosses, cropped to the part of the view that matters.
 */
import { type BodyArea, getView, landmarkPoint, muscleOutlines, REGION_BY_ID, regionLabel, VIEW_IDS, type Point, type ViewId } from '../atlas';
import { bounds } from '../atlas/geometry';
import { zoneShapes, type ZoneShape } from './zone-shapes';
import { drawnInstances, type InstanceKey, type ZoneKind } from './zones';

export interface MapRegion {
  key: InstanceKey;
  region: string;
  label: string;
  d: string;
  /** The body part it lies on: the finder outlines the regions of one part at a time. */
  part: string;
  /** A point inside the region (label anchor, keyboard navigation). */
  c: [number, number];
}
interface MapMark {
  id: string;
  x: number;
  y: number;
  label: string;
}
export interface MapData {
  view: ViewId;
  viewLabel: string;
  viewBox: [number, number, number, number];
  outline: string;
  /** Surface-anatomy lines of the view (eyes, clavicles, creases…), one path. */
  anatomy: string;
  /** Contours of parts in front of others (the arm on the side view), drawn over the zones. */
  contour: string;
  /** Regions in the crop: what the finder and study mode pick from, and what zones name. */
  regions: MapRegion[];
  /** The marked zones as smooth shapes, spillover first (drawn beneath), then essential, then pain. */
  zones: ZoneShape[];
  muscles: { d: string; depth: 'superficial' | 'deep' }[];
  marks: MapMark[];
}

export interface MapRequest {
  zones: Map<InstanceKey, ZoneKind | 'pain'>;
  muscles?: readonly string[];
  marks?: readonly { landmark: string; label: string }[];
  /** Crop whole-body views to what is marked (default true). */
  crop?: boolean;
  /** Drawn small (a trigger point's own map beside the main ones): coarser curves will do. */
  thumbnail?: boolean;
  /** Only these views (default: every view with something to show). */
  views?: readonly ViewId[];
}

const BODY_VIEWS: readonly ViewId[] = ['anterior', 'posterior', 'body-lateral'];
const SECONDARY_VIEWS: readonly ViewId[] = ['body-lateral', 'mouth', 'pelvis'];

/** Expands a content box to a comfortable, clamped crop of the full view box. */
export function cropBox(
  content: [number, number, number, number],
  full: readonly [number, number, number, number],
  minSize = 150,
): [number, number, number, number] {
  const [fx, fy, fw, fh] = full;
  const [x0, y0, x1, y1] = content;
  const pad = 14 + 0.12 * Math.max(x1 - x0, y1 - y0);
  let w = Math.max(x1 - x0 + 2 * pad, minSize);
  let h = Math.max(y1 - y0 + 2 * pad, minSize);
  // Keep crops from getting much wider than tall, so maps sit well side by side.
  if (w > h * 1.4) h = w / 1.4;
  w = Math.min(w, fw);
  h = Math.min(h, fh);
  let x = (x0 + x1) / 2 - w / 2;
  let y = (y0 + y1) / 2 - h / 2;
  x = Math.max(fx, Math.min(x, fx + fw - w));
  y = Math.max(fy, Math.min(y, fy + fh - h));
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r(x), r(y), r(w), r(h)];
}

const overlaps = (a: [number, number, number, number], b: [number, number, number, number]) =>
  a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/**
 * Leaves out maps that add nothing: a map with no muscle outline and no trigger point, whose
 * every marked place is shown larger on another map that stays (the ulnar wrist of extensor
 * carpi ulnaris is drawn on the back of the hand, not also as a speck on the front of the body).
 * "Larger" compares a place's share of each map's area (maps are shown at one height), so a close
 * view beats a whole-body one; a place shown at least half as large elsewhere counts as shown.
 */
const SHOWN_AS_WELL = 0.5;
/** Which side of the body a view looks at (the palm faces forward in the anatomical position). */
const FACE: Partial<Record<ViewId, 'front' | 'back'>> = {
  anterior: 'front',
  'hand-palmar': 'front',
  'foot-dorsal': 'front',
  posterior: 'back',
  'hand-dorsal': 'back',
  'foot-plantar': 'back',
};
/**
 * A close view's own body area. The head and neck view runs down to the top of the chest and
 * shoulder; the regions there belong to another area and show only as a strip at the frame's
 * edge, so they count a quarter of their share (the chest wall of pectoralis major is drawn on
 * the front of the body, not also as a sliver below the neck).
 */
const CLOSE_VIEW_AREA: Partial<Record<ViewId, BodyArea>> = {
  'head-lateral': 'head-neck',
  'hand-palmar': 'arm-hand',
  'hand-dorsal': 'arm-hand',
  'foot-dorsal': 'leg-foot',
  'foot-plantar': 'leg-foot',
};
const AT_THE_FRAME = 0.25;
function shareOn(viewId: ViewId, region: string, share: number): number {
  const own = CLOSE_VIEW_AREA[viewId];
  return own && REGION_BY_ID.get(region)?.area !== own ? share * AT_THE_FRAME : share;
}

function withoutRedundant(out: MapData[], shares: Map<MapData, Map<InstanceKey, number>>): MapData[] {
  const kept = new Set(out);
  const total = (m: MapData) => [...(shares.get(m)?.values() ?? [])].reduce((a, b) => a + b, 0);
  // Views on the side of the body where the muscle is drawn are kept first (the ulnar wrist of
  // a muscle drawn on the back of the forearm stays on the back of the hand).
  const faces = new Set(out.filter((m) => m.muscles.length).map((m) => FACE[m.view]));
  const keepFirst = (m: MapData) => Number(FACE[m.view] !== undefined && faces.has(FACE[m.view]));
  for (const m of [...out].sort((a, b) => keepFirst(a) - keepFirst(b) || total(a) - total(b))) {
    if (m.muscles.length || m.marks.length) continue;
    const mine = shares.get(m);
    if (!mine?.size) continue;
    const shownBetter = [...mine].every(([key, share]) => [...kept].some((o) => o !== m && (shares.get(o)?.get(key) ?? 0) > SHOWN_AS_WELL * share));
    if (shownBetter) kept.delete(m);
  }
  return out.filter((m) => kept.has(m));
}

export function buildMaps(req: MapRequest): MapData[] {
  const out: MapData[] = [];
  const shares = new Map<MapData, Map<InstanceKey, number>>();
  const outlines = (req.muscles ?? []).flatMap((m) => muscleOutlines(m));
  // Secondary views last, so they can see what the others already show.
  const order = [...(req.views ?? VIEW_IDS)].sort((a, b) => Number(SECONDARY_VIEWS.includes(a)) - Number(SECONDARY_VIEWS.includes(b)));
  for (const viewId of order) {
    const view = getView(viewId);
    const drawn = new Set(drawnInstances(req.zones, new Set(view.regions.map((r) => `${r.region}|${r.side}`))).map(([k]) => k));
    const marked = view.regions.filter((r) => drawn.has(`${r.region}|${r.side}` as InstanceKey));
    const myOutlines = outlines.filter((o) => o.view === viewId);
    const marks: MapMark[] = [];
    for (const m of req.marks ?? []) {
      const p = landmarkPoint(m.landmark, viewId);
      if (p) marks.push({ id: m.landmark, x: Math.round(p[0] * 10) / 10, y: Math.round(p[1] * 10) / 10, label: m.label });
    }
    if (!req.views && marked.length === 0 && myOutlines.length === 0) continue;
    // The side view and the mouth and pelvis sections are drawn where they add something: the muscle is
    // drawn there (as the charts draw gluteus minimus or the fibulares from the side), or a
    // marked place shows on no other view drawn.
    if (!req.views && SECONDARY_VIEWS.includes(viewId) && myOutlines.length === 0 && marks.length === 0) {
      const elsewhere = new Set(out.flatMap((m) => m.zones.flatMap((z) => z.regions)));
      if (marked.every((r) => elsewhere.has(r.region))) continue;
    }
    let box: [number, number, number, number] = [...view.viewBox];
    if ((req.crop ?? true) && BODY_VIEWS.includes(viewId)) {
      const pts: Point[] = [
        ...marked.flatMap((r) => r.polygons.flatMap((poly) => poly[0] ?? [])),
        ...myOutlines.flatMap((o) => o.points),
        ...marks.map((m) => [m.x, m.y] as Point),
      ];
      const b = bounds(pts);
      if (b) box = cropBox(b, view.viewBox);
    }
    const regions: MapRegion[] = [];
    for (const r of view.regions) {
      const rb = bounds(r.polygons.flatMap((p) => p[0] ?? []));
      if (!rb || !overlaps([rb[0], rb[1], rb[2] - rb[0], rb[3] - rb[1]], box)) continue;
      const key = `${r.region}|${r.side}` as InstanceKey;
      const c: [number, number] = [Math.round(r.centroid[0] * 10) / 10, Math.round(r.centroid[1] * 10) / 10];
      regions.push({ key, region: r.region, label: regionLabel(r.region), d: r.d, part: r.part, c });
    }
    const map: MapData = {
      view: viewId,
      viewLabel: view.label,
      viewBox: box,
      outline: view.outline,
      anatomy: view.anatomy,
      contour: view.contour,
      regions,
      zones: zoneShapes(view, req.zones, req.thumbnail ? 3 : 1),
      muscles: myOutlines.map((o) => ({ d: o.d, depth: o.depth })),
      marks,
    };
    const boxArea = box[2] * box[3];
    shares.set(map, new Map(marked.map((r) => [`${r.region}|${r.side}` as InstanceKey, shareOn(viewId, r.region, r.area / boxArea)])));
    out.push(map);
  }
  return (req.views ? out : withoutRedundant(out, shares)).sort((a, b) => VIEW_IDS.indexOf(a.view) - VIEW_IDS.indexOf(b.view));
}

/** How many regions a map's zones cover. */
export const markedCount = (m: Pick<MapData, 'zones'>): number => new Set(m.zones.flatMap((z) => z.regions)).size;

/**
 * The `n` most informative maps (most marked regions, the muscle outline counting extra),
 * kept in view order: used for thumbnails. A view that shows some of the pattern always beats
 * one that shows only the muscle: a calf muscle whose pain is all in the sole must not get a
 * thumbnail of the calf with no pain on it.
 */
export function mostInformative(maps: readonly MapData[], n: number): MapData[] {
  const score = (m: MapData) => (markedCount(m) > 0 ? 1000 : 0) + markedCount(m) + 3 * m.muscles.length + m.marks.length;
  const chosen = new Set([...maps].sort((a, b) => score(b) - score(a)).slice(0, n));
  return maps.filter((m) => chosen.has(m));
}
