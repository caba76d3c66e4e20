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
import type { MultiPolygon, ViewGeometry } from '../atlas/types';
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
  const essentialShape =
    essentialRounded.length && spillover.length ? difference(essentialRounded, union(...spillover.map((m) => m.geom))) : essentialRounded;
  if (spillover.length) {
    const outer = keepNamed(rounded(geomOf([...essential, ...spillover]), r, skin), [...essential, ...spillover], r, skin);
    const ring = essentialShape.length ? offset(offset(difference(outer, essentialShape), -r * 0.15), r * 0.15) : outer;
    out.push(...toParts('spillover', ring, spillover, minArea));
  }
  if (essentialShape.length) out.push(...toParts('essential', essentialShape, essential, minArea));
  const pain = of(['pain']);
  if (pain.length) out.push(...toParts('pain', keepNamed(rounded(geomOf(pain), r, skin), pain, r, skin), pain, minArea));

  cache.set(cacheKey, out);
  return out;
}

/** The zone parts of one view as smooth paths: what every map draws. */
export function zoneShapes(view: ViewGeometry, zones: ReadonlyMap<InstanceKey, ShapeKind>): ZoneShape[] {
  const tol = roundingOf(view) * 0.08;
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
