/**
 * Referral zones drawn as the charts draw them: each connected part of a zone on a view is ONE
 * smooth shape — the union of its regions, its corners rounded (a closing then an opening with
 * round offsets), clipped to the skin and written as cubic Bézier curves. The spillover shape
 * is the rounded union of spillover AND essential regions less the essential shape, so the two
 * meet exactly, with no seam or gap between them. Pure; runs at build time only.
 */
import { difference, intersect, offset, union } from '../atlas/clip';
import { smoothRingPath } from '../atlas/curves';
import { multiArea } from '../atlas/geometry';
import type { MultiPolygon, Point, Ring, ViewGeometry } from '../atlas/types';
import { drawnInstances, type InstanceKey, type ZoneKind } from './zones';

export type ShapeKind = ZoneKind | 'pain';

export interface ZoneShape {
  kind: ShapeKind;
  /** Closed cubic Bézier path data (holes included, drawn with the nonzero rule). */
  d: string;
  /** Region ids (without side) the shape covers, sorted. */
  regions: string[];
}

/** How round a zone is drawn on a view: a share of the view's height, in view units. */
function roundingOf(view: ViewGeometry): number {
  return view.viewBox[3] * 0.015;
}

function instanceGeometry(view: ViewGeometry, keys: Iterable<InstanceKey>): { key: InstanceKey; region: string; geom: MultiPolygon; area: number }[] {
  const wanted = new Set(keys);
  return view.regions
    .filter((r) => wanted.has(`${r.region}|${r.side}` as InstanceKey))
    .map((r) => ({ key: `${r.region}|${r.side}` as InstanceKey, region: r.region, geom: r.polygons, area: r.area }));
}

/** Splits a multipolygon into its connected parts (polygons with their holes). */
const parts = (mp: MultiPolygon): MultiPolygon[] => mp.filter((p) => (p[0]?.length ?? 0) > 2).map((p) => [p]);

/**
 * Rounds a union of regions: concave corners filled (closing), convex corners rounded
 * (opening). Each connected part is rounded in proportion to its size, so a small patch (an
 * epicondyle, a fingertip) keeps its shape instead of melting away.
 */
function rounded(geom: MultiPolygon, r: number, skin: MultiPolygon): MultiPolygon {
  // A hair of growth first welds regions that share an edge but not every vertex.
  const welded = union(offset(geom, r * 0.02));
  const out: MultiPolygon[] = [];
  for (const part of parts(welded)) {
    // Small parts are rounded nearly to ovals (a spot on the cheek, a band at the wrist), as a
    // chart draws them; large ones by 1.5 times the view's rounding.
    const rc = Math.min(1.5 * r, 0.42 * Math.sqrt(multiArea(part)));
    const closed = offset(offset(part, rc), -rc * 1.02);
    const opened = offset(offset(closed, -rc), rc);
    // An opening deletes parts thinner than the rounding (a finger border): keep those unrounded.
    const lost = difference(closed, offset(opened, rc * 0.05));
    const thin = lost.filter((poly) => multiArea([poly]) > rc * rc * 0.5);
    // Grown back over the hairline gap so they join the rounded shape they came from.
    out.push(thin.length ? union(opened, intersect(offset(thin, rc * 0.08), closed)) : opened.length ? opened : closed);
  }
  return intersect(union(...out), skin);
}

/**
 * A named region always shows: one that the rounding trimmed to under 60 % of its area (a
 * small patch such as the xiphoid beside a large neighbour) is added back, lightly rounded.
 */
function keepNamed(shape: MultiPolygon, members: ReturnType<typeof instanceGeometry>, r: number, skin: MultiPolygon): MultiPolygon {
  const back = members
    .filter((m) => multiArea(intersect(m.geom, shape)) < 0.6 * m.area)
    .map((m) => {
      const s = Math.min(r * 0.3, 0.2 * Math.sqrt(m.area));
      const soft = offset(offset(m.geom, -s), s);
      return soft.length ? soft : m.geom;
    });
  return back.length ? intersect(union(shape, ...back), skin) : shape;
}

/**
 * A drawn edge. Where a zone ends inside the body (not at the body's outline), the charts draw
 * its edge by hand: it never runs ruler-straight along a region boundary, it wavers. Every point
 * of such an edge is moved by one smooth displacement field of the view (three transverse waves
 * 60° apart, so an edge in any direction wavers): a function of position, so two shapes that
 * share an edge (essential inside spillover) move it alike and stay seamless. The displacement
 * fades to nothing within about two amplitudes of the body's outline, where the zone keeps meeting
 * the skin edge exactly. Amplitude and wavelength are shares of the map a view is usually shown
 * at (a whole-body view is cropped to about 0.3 of its height), so the waver looks the same on
 * every map; the field's gradient stays well below 1, so no edge folds over itself.
 */
interface Waver {
  amp: number;
  shown: number;
  waves: { kx: number; ky: number; ux: number; uy: number; a: number; phase: number }[];
  skin: SkinIndex;
}
const WAVES = [
  { deg: 17, len: 1, a: 1, phase: 0.3 },
  { deg: 77, len: 0.73, a: 0.75, phase: 1.9 },
  { deg: 137, len: 1.31, a: 0.85, phase: 4.1 },
];
/** The waver fades out within this many amplitudes of the body outline. */
const FADE = 2.2;
const WHOLE_BODY = new Set(['anterior', 'posterior', 'body-lateral']);

/** The skin's edges in a bucket grid, for the distance from a point to the body's outline. */
class SkinIndex {
  private readonly cell: number;
  private readonly grid = new Map<string, [number, number, number, number][]>();
  constructor(skin: MultiPolygon, cell: number) {
    this.cell = cell;
    for (const ring of skin.flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[i + 1]!;
        const seg: [number, number, number, number] = [ax, ay, bx, by];
        const [i0, i1] = [Math.floor(Math.min(ax, bx) / cell), Math.floor(Math.max(ax, bx) / cell)];
        const [j0, j1] = [Math.floor(Math.min(ay, by) / cell), Math.floor(Math.max(ay, by) / cell)];
        for (let gi = i0; gi <= i1; gi++)
          for (let gj = j0; gj <= j1; gj++) {
            const k = `${gi},${gj}`;
            const list = this.grid.get(k);
            if (list) list.push(seg);
            else this.grid.set(k, [seg]);
          }
      }
    }
  }
  /** Distance to the outline, or `cap` when it is farther than about one cell. */
  distance(x: number, y: number, cap: number): number {
    let best = cap;
    const gi = Math.floor(x / this.cell);
    const gj = Math.floor(y / this.cell);
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++) {
        for (const [ax, ay, bx, by] of this.grid.get(`${gi + di},${gj + dj}`) ?? []) {
          const dx = bx - ax;
          const dy = by - ay;
          const l2 = dx * dx + dy * dy;
          const t = l2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / l2)) : 0;
          best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
        }
      }
    return best;
  }
}

/**
 * How near a point lies to a view's body outline, `near` being "on it" for a zone edge that
 * follows the skin (the curves stray up to about a thousandth of the view's height from the
 * exact outline): for telling the edges a zone draws from those the figure gives it.
 */
export function onOutline(view: ViewGeometry): (x: number, y: number) => boolean {
  const near = view.viewBox[3] * 0.0025;
  const skin = new SkinIndex(view.figure, near * 2);
  return (x, y) => skin.distance(x, y, near * 2) <= near;
}

const wavers = new Map<string, Waver>();
function waverOf(view: ViewGeometry): Waver {
  const hit = wavers.get(view.id);
  if (hit) return hit;
  const shown = view.viewBox[3] * (WHOLE_BODY.has(view.id) ? 0.3 : 1);
  const amp = shown * (WHOLE_BODY.has(view.id) ? 0.01 : 0.008);
  const len = shown * (WHOLE_BODY.has(view.id) ? 0.1 : 0.12);
  const norm = WAVES.reduce((s, w) => s + w.a, 0) / 1.6;
  const waves = WAVES.map((w) => {
    const t = (w.deg * Math.PI) / 180;
    const k = (2 * Math.PI) / (len * w.len);
    // Transverse: the point moves across the wave's direction, so an edge along it wavers.
    return { kx: k * Math.cos(t), ky: k * Math.sin(t), ux: -Math.sin(t), uy: Math.cos(t), a: w.a / norm, phase: w.phase };
  });
  const waver = { amp, shown, waves, skin: new SkinIndex(view.figure, amp * FADE) };
  wavers.set(view.id, waver);
  return waver;
}

/**
 * Rounded ends. Where a zone crosses a limb or the trunk and stops, its edge runs from one side
 * of the body to the other; a chart draws that end bowed outwards, like the end of a brush
 * stroke, not cut square. Each such run of an outer ring (inside the body, from skin to skin)
 * is bowed out by a share of its chord, at most 3 % of the height the map is shown at.
 */
function capped(pts: Point[], near: boolean[], shown: number): Point[] {
  const n = pts.length;
  const first = near.indexOf(true);
  if (first < 0 || near.every(Boolean)) return pts;
  let area = 0;
  for (let i = 0; i < n; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[(i + 1) % n]!;
    area += ax * by - bx * ay;
  }
  const sign = Math.sign(area);
  const out = pts.slice();
  // Walk the ring from a point on the skin; each maximal run of points inside the body,
  // between two points on the skin, is one end.
  let i = first;
  for (let seen = 0; seen < n; ) {
    let j = i + 1;
    while (!near[j % n] && j - first <= n) j++;
    const len = j - i;
    if (len > 2) {
      const a = pts[i % n]!;
      const b = pts[j % n]!;
      const cx = b[0] - a[0];
      const cy = b[1] - a[1];
      const chord = Math.hypot(cx, cy);
      let arc = 0;
      for (let k = i; k < j; k++) {
        const p = pts[k % n]!;
        const q = pts[(k + 1) % n]!;
        arc += Math.hypot(q[0] - p[0], q[1] - p[1]);
      }
      // Only an end that runs more or less across (not a long edge that wanders down a limb).
      if (chord > 0 && arc < 1.6 * chord) {
        const bow = Math.min(0.12 * chord, 0.03 * shown);
        const nx = (sign * cy) / chord;
        const ny = (-sign * cx) / chord;
        let at = 0;
        for (let k = i + 1; k < j; k++) {
          const p = pts[(k - 1) % n]!;
          const q = pts[k % n]!;
          at += Math.hypot(q[0] - p[0], q[1] - p[1]);
          const w = bow * Math.sin((Math.PI * at) / arc);
          out[k % n] = [q[0] + nx * w, q[1] + ny * w];
        }
      }
    }
    seen += len;
    i = j;
  }
  return out;
}

function wavered(geom: MultiPolygon, view: ViewGeometry, caps = false): MultiPolygon {
  if (!geom.length) return geom;
  const { amp, waves, skin, shown } = waverOf(view);
  const step = (2 * Math.PI) / Math.hypot(waves[0]!.kx, waves[0]!.ky) / 14;
  const fade = amp * FADE;
  const move = ([x, y]: Point): Point => {
    const d = skin.distance(x, y, fade);
    const t = d / fade;
    const w = amp * t * t * (3 - 2 * t);
    if (w === 0) return [x, y];
    let dx = 0;
    let dy = 0;
    for (const v of waves) {
      const s = v.a * Math.sin(v.kx * x + v.ky * y + v.phase);
      dx += v.ux * s;
      dy += v.uy * s;
    }
    return [x + w * dx, y + w * dy];
  };
  const ringOut = (ring: Ring, outer: boolean): Ring => {
    let pts: Point[] = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[i + 1]!;
      const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
      for (let k = 0; k < n; k++) pts.push([ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n]);
    }
    if (caps && outer) {
      const onSkin = amp * 0.05;
      pts = capped(
        pts,
        pts.map(([x, y]) => skin.distance(x, y, fade) < onSkin),
        shown,
      );
    }
    const out = pts.map(move);
    if (out.length) out.push(out[0]!);
    return out;
  };
  return intersect(union(geom.map((poly) => poly.map((ring, k) => ringOut(ring, k === 0)))), view.figure);
}

/** A zone part before it is written as a path: its exact geometry, for checks. */
export interface ZonePart {
  kind: ShapeKind;
  geom: MultiPolygon;
  regions: string[];
}

function toParts(kind: ShapeKind, geom: MultiPolygon, members: ReturnType<typeof instanceGeometry>, minArea: number): ZonePart[] {
  const out: ZonePart[] = [];
  for (const part of parts(geom)) {
    if (multiArea(part) < minArea) continue;
    const covered = members.filter((m) => {
      const inside = multiArea(intersect(m.geom, part));
      return inside > 0.25 * m.area;
    });
    out.push({ kind, geom: part, regions: [...new Set(covered.map((m) => m.region))].sort() });
  }
  return out;
}

const cache = new Map<string, ZonePart[]>();

/**
 * The zone parts of one view: spillover first (drawn underneath), then essential, then pain.
 * `zones` maps region instances (`temple|r`) to their kind.
 */
export function zoneParts(view: ViewGeometry, zones: ReadonlyMap<InstanceKey, ShapeKind>): ZonePart[] {
  const onView = new Set(view.regions.map((r) => `${r.region}|${r.side}`));
  const entries = drawnInstances(zones, onView).sort(([a], [b]) => (a < b ? -1 : 1));
  if (!entries.length) return [];
  const cacheKey = `${view.id}:${entries.map(([k, v]) => `${k}=${v}`).join(',')}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;

  const r = roundingOf(view);
  // Only numerical dust is dropped: a named region always shows.
  const minArea = r * r * 0.002;
  const of = (kinds: ShapeKind[]) =>
    instanceGeometry(
      view,
      entries.filter(([, v]) => kinds.includes(v)).map(([k]) => k),
    );
  const geomOf = (list: ReturnType<typeof instanceGeometry>) => list.flatMap((m) => m.geom);
  const skin = view.figure;
  const out: ZonePart[] = [];

  const essential = of(['essential']);
  const spillover = of(['spillover']);
  // The essential shape's rounding never covers a region named as spillover: that skin stays
  // hatched, as the entry says.
  const essentialRounded = essential.length ? keepNamed(rounded(geomOf(essential), r, skin), essential, r, skin) : [];
  // Without spillover the essential shape is the zone's outline and gets rounded ends too;
  // inside a spillover shape its edge only wavers (the spillover is cut around it).
  const essentialShape = wavered(
    essentialRounded.length && spillover.length ? difference(essentialRounded, union(...spillover.map((m) => m.geom))) : essentialRounded,
    view,
    !spillover.length,
  );
  if (spillover.length) {
    const outer = wavered(keepNamed(rounded(geomOf([...essential, ...spillover]), r, skin), [...essential, ...spillover], r, skin), view, true);
    const ring = essentialShape.length ? offset(offset(difference(outer, essentialShape), -r * 0.15), r * 0.15) : outer;
    out.push(...toParts('spillover', ring, spillover, minArea));
  }
  if (essentialShape.length) out.push(...toParts('essential', essentialShape, essential, minArea));
  const pain = of(['pain']);
  if (pain.length) out.push(...toParts('pain', wavered(keepNamed(rounded(geomOf(pain), r, skin), pain, r, skin), view, true), pain, minArea));

  cache.set(cacheKey, out);
  return out;
}

/**
 * The zone parts of one view as smooth paths: what every map draws. `coarse` scales how far
 * the curve may stray from the exact outline (3 for a trigger point's own small map).
 */
export function zoneShapes(view: ViewGeometry, zones: ReadonlyMap<InstanceKey, ShapeKind>, coarse = 1): ZoneShape[] {
  const tol = roundingOf(view) * 0.08 * coarse;
  return zoneParts(view, zones)
    .map((p) => ({
      kind: p.kind,
      regions: p.regions,
      d: p.geom
        .flat()
        .map((ring) => smoothRingPath(ring, tol))
        .join(''),
    }))
    .filter((s) => s.d);
}
