/**
 * The finder's dermatome overlay, computed at build time (served as /data/dermatomes.json and
 * fetched when the overlay is first switched on): for each whole-body view, each nerve root's
 * dermatome (the regions where its entry says it is felt most typically) as one merged, smooth
 * outline, the same shapes the referral maps draw, with a point inside its largest part for the
 * root's label.
 */
import { getView, type ViewId } from '../atlas';
import { interiorPoint, multiArea, multiBounds, multiContains } from '../atlas/geometry';
import type { MultiPolygon, Point } from '../atlas/types';
import { ROOT_LEVELS } from '../schemas/other-source';
import { zoneParts, zoneShapes } from './zone-shapes';
import { mergeZones, placeZone } from './zones';

/** The views a dermatome map is drawn on: the whole body (close views show parts of few roots). */
const DERMATOME_VIEWS: readonly ViewId[] = ['anterior', 'posterior', 'body-lateral'];

export interface Dermatome {
  /** The other sources' slugs (/other-sources/<id>/): one, or several roots whose outlines on this view are the same. */
  ids: string[];
  /** Their levels, in order. */
  levels: Level[];
  /** The root's level ("C6"), or a run of them drawn as one outline ("T4–T6"). */
  label: string;
  /** The outline as closed path data, every part of it. */
  d: string;
  /** Where the label goes: inside the largest part, on skin no other root's outline claims when there is some. */
  at: [number, number];
}

type Level = (typeof ROOT_LEVELS)[number];
interface RootSource {
  id: string;
  data: { kind: string; level?: Level | undefined; refers: { essential: readonly (string | { region: string; side: 'left' | 'right' })[] } };
}

/** The labels' type size in view units: the finder's overlay style (.derm-label) sets the same. */
const LABEL_SIZE = 15;
type Box = [number, number, number, number];
/** A label's box around its centre: bold capitals and figures run about 0.62 em wide, capitals 0.72 em tall. */
function boxOf(text: string, [x, y]: Point): Box {
  const w = (text.length * 0.62 * LABEL_SIZE) / 2 + 1;
  const h = 0.36 * LABEL_SIZE + 1;
  return [x - w, y - h, x + w, y + h];
}
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** How far from its best place a label is looked for, in view units. */
const SEARCH = 70;
/** The thoracic roots, whose dermatomes are bands stacked down the trunk: their labels keep that order. */
const BANDS: readonly Level[] = ['T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'];

/**
 * Where a label goes: the point nearest `want` whose whole box lies inside one of the parts (the
 * largest part first), clear of the labels already placed and, for a band, below the band above
 * (`below`); failing that, the point inside a part whose box overlaps them least.
 */
function placeLabel(text: string, want: Point, parts: readonly { geom: MultiPolygon }[], placed: readonly Box[], below?: number): Point {
  let best: { p: Point; cost: number } | undefined;
  parts.forEach((part, i) => {
    const b = multiBounds(part.geom);
    if (!b) return;
    // Searched near where it should go (a label never needs to move further than this).
    const [cx, cy] = i === 0 ? want : interiorPoint(part.geom);
    const step = Math.min(6, Math.max(2, Math.sqrt(multiArea(part.geom)) / 20));
    for (let x = Math.max(b[0], cx - SEARCH); x <= Math.min(b[2], cx + SEARCH); x += step) {
      for (let y = Math.max(b[1], cy - SEARCH); y <= Math.min(b[3], cy + SEARCH); y += step) {
        const p: Point = [x, y];
        if (!multiContains(part.geom, p)) continue;
        const box = boxOf(text, p);
        const corners: Point[] = [
          [box[0], box[1]],
          [box[2], box[1]],
          [box[0], box[3]],
          [box[2], box[3]],
        ];
        const fits = corners.every((c) => multiContains(part.geom, c));
        const clash = placed.reduce((a, q) => a + overlap(box, q), 0);
        // Overlapping another label is worst, sticking out of the outline next, another part than the largest last.
        const above = below === undefined ? 0 : Math.max(0, below + LABEL_SIZE * 0.6 - y);
        const cost = clash * 1000 + (fits ? 0 : 5000) + above * 40 + (i > 0 ? 300 : 0) + Math.hypot(x - want[0], y - want[1]);
        if (!best || cost < best.cost) best = { p, cost };
      }
    }
  });
  return best?.p ?? want;
}
const r1 = (n: number) => Math.round(n * 10) / 10;

/** "T4–T6" for a run of consecutive levels, "T4, T6" otherwise. */
function levelsLabel(levels: readonly Level[]): string {
  const at = levels.map((l) => ROOT_LEVELS.indexOf(l));
  if (levels.length === 1) return levels[0]!;
  const run = at.every((x, i) => i === 0 || x === at[i - 1]! + 1);
  return run ? `${levels[0]}–${levels.at(-1)}` : levels.join(', ');
}

/** Each whole-body view's dermatomes, C2 to S2 in order, those the view shows. */
export function dermatomeViews(sources: readonly RootSource[]): { view: ViewId; dermatomes: Dermatome[] }[] {
  const roots = sources
    .filter((s): s is RootSource & { data: { level: Level } } => s.data.kind === 'nerve-root' && !!s.data.level)
    .sort((a, b) => ROOT_LEVELS.indexOf(a.data.level) - ROOT_LEVELS.indexOf(b.data.level));
  return DERMATOME_VIEWS.map((viewId) => {
    const view = getView(viewId);
    // Roots whose dermatomes this view draws alike (the atlas's regions are coarser than some bands) share one outline.
    const drawn: { ids: string[]; levels: Level[]; d: string; parts: ReturnType<typeof zoneParts>; keys: Set<string> }[] = [];
    for (const s of roots) {
      const zones = mergeZones([{ essential: s.data.refers.essential.map(placeZone), spillover: [] }]);
      const parts = zoneParts(view, zones);
      if (!parts.length) continue;
      const d = zoneShapes(view, zones)
        .map((z) => z.d)
        .join('');
      const same = drawn.find((x) => x.d === d);
      if (same) {
        same.ids.push(s.id);
        same.levels.push(s.data.level);
      } else drawn.push({ ids: [s.id], levels: [s.data.level], d, parts, keys: new Set(zones.keys()) });
    }
    const claims = new Map<string, number>();
    for (const x of drawn) for (const k of x.keys) claims.set(k, (claims.get(k) ?? 0) + 1);
    const placed: Box[] = [];
    let bandY: number | undefined;
    const dermatomes = drawn.map((x): Dermatome => {
      const label = levelsLabel(x.levels);
      const bySize = [...x.parts].sort((a, b) => multiArea(b.geom) - multiArea(a.geom));
      const largest = bySize[0]!;
      // Where the label would best go: the centre of the largest region only this root claims, in
      // the largest part, else the middle of that part.
      const own = view.regions
        .filter((r) => x.keys.has(`${r.region}|${r.side}`) && claims.get(`${r.region}|${r.side}`) === 1 && multiContains(largest.geom, r.centroid))
        .sort((a, b) => b.area - a.area)[0];
      const want = own ? own.centroid : interiorPoint(largest.geom);
      const band = BANDS.includes(x.levels[0]!);
      const at = placeLabel(label, want, bySize, placed, band ? bandY : undefined);
      bandY = band ? at[1] : undefined;
      placed.push(boxOf(label, at));
      return { ids: x.ids, levels: x.levels, label, d: x.d, at: [r1(at[0]), r1(at[1])] };
    });
    return { view: viewId, dermatomes };
  });
}
