/**
 * Turns the view specs into region geometry: each part's shape, less what earlier parts own,
 * is cut by its region grid; cells of one region (on one side) are merged into one shape.
 * Runs once per build (memoised); nothing here ships to the browser.
 */
import polygonClipping from 'polygon-clipping';
import { interiorPoint, mapMulti, multiArea, toPath } from './geometry';
import type { PartSpec, ViewSpec } from './parts';
import { REGION_BY_ID } from './regions';
import type { MultiPolygon, Point, RegionShape, Side, ViewGeometry } from './types';
import { VIEW_SPECS } from './views';

type PCGeom = Parameters<typeof polygonClipping.union>[0];
const asPC = (mp: MultiPolygon) => mp as unknown as PCGeom;
const fromPC = (g: unknown) => g as MultiPolygon;

/** Large enough to stand for infinity in any view (figure spans < 1000 units). */
const FAR = 5000;

function cellPolygon(part: PartSpec, s0: number, s1: number, t0: number, t1: number): MultiPolygon {
  const { origin, axis } = part.frame;
  const perp: Point = [axis[1], -axis[0]];
  const clamp = (v: number) => Math.max(-FAR, Math.min(FAR, v));
  const at = (s: number, t: number): Point => [
    origin[0] + axis[0] * clamp(t) + perp[0] * clamp(s),
    origin[1] + axis[1] * clamp(t) + perp[1] * clamp(s),
  ];
  return [[[at(s0, t0), at(s1, t0), at(s1, t1), at(s0, t1), at(s0, t0)]]];
}

const mirror = (mp: MultiPolygon): MultiPolygon => mapMulti(mp, ([x, y]) => [-x, y]);

interface Piece {
  region: string;
  side: Side;
  geom: MultiPolygon;
}

/** Cuts one part (already reduced to the skin it owns) into region pieces. */
function cutPart(part: PartSpec, owned: MultiPolygon, viewId: string): Piece[] {
  const pieces: Piece[] = [];
  let t0 = -Infinity;
  for (const row of part.grid) {
    const t1 = row.to;
    let s0 = part.kind === 'axial' ? 0 : -Infinity;
    row.cells.forEach(([sEnd, region], i) => {
      const def = REGION_BY_ID.get(region);
      if (!def) throw new Error(`atlas: view "${viewId}", part "${part.id}" names unknown region "${region}"`);
      const s1 = i === row.cells.length - 1 ? Infinity : sEnd;
      if (s1 <= s0) throw new Error(`atlas: view "${viewId}", part "${part.id}": cells out of order at "${region}"`);
      if (part.kind === 'axial') {
        if (def.laterality === 'midline') {
          if (s0 !== 0) throw new Error(`atlas: midline region "${region}" must start at the midline (view "${viewId}")`);
          const geom = clip(owned, cellPolygon(part, -s1, s1, t0, t1));
          if (geom.length) pieces.push({ region, side: 'm', geom });
        } else {
          const right = clip(owned, cellPolygon(part, s0, s1, t0, t1));
          const left = clip(owned, cellPolygon(part, -s1, -s0, t0, t1));
          if (right.length) pieces.push({ region, side: 'r', geom: right });
          if (left.length) pieces.push({ region, side: 'l', geom: left });
        }
      } else {
        const geom = clip(owned, cellPolygon(part, s0, s1, t0, t1));
        const side: Side = def.laterality === 'midline' ? 'm' : 'r';
        if (geom.length) {
          pieces.push({ region, side, geom });
          if (part.kind === 'paired') pieces.push({ region, side: 'l', geom: mirror(geom) });
        }
      }
      s0 = s1;
    });
    t0 = t1;
  }
  return pieces;
}

function clip(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (!a.length) return [];
  const out = fromPC(polygonClipping.intersection(asPC(a), asPC(b)));
  // Drop numerical dust left where a cell edge grazes the outline.
  return out.filter((poly) => multiArea([poly]) > 0.05);
}

function buildView(spec: ViewSpec): ViewGeometry {
  let taken: MultiPolygon = [];
  const pieces: Piece[] = [];
  for (const part of spec.parts) {
    let shape = fromPC(polygonClipping.union(...(part.shape.map((r) => [r]) as unknown as [PCGeom, ...PCGeom[]])));
    if (part.kind === 'paired') shape = fromPC(polygonClipping.union(asPC(shape), asPC(mirror(shape))));
    const owned = taken.length ? fromPC(polygonClipping.difference(asPC(shape), asPC(taken))) : shape;
    taken = taken.length ? fromPC(polygonClipping.union(asPC(taken), asPC(shape))) : shape;
    // Paired parts are cut on the right half only, then mirrored.
    const rightOwned =
      part.kind === 'paired'
        ? fromPC(polygonClipping.intersection(asPC(owned), asPC([[[[0, -FAR], [FAR, -FAR], [FAR, FAR], [0, FAR], [0, -FAR]]]])))
        : owned;
    pieces.push(...cutPart(part, rightOwned, spec.id));
  }

  const byKey = new Map<string, Piece[]>();
  for (const p of pieces) {
    const key = `${p.region}|${p.side}`;
    const list = byKey.get(key) ?? [];
    list.push(p);
    byKey.set(key, list);
  }
  const regions: RegionShape[] = [];
  for (const list of byKey.values()) {
    const first = list[0]!;
    const merged = list.length === 1 ? first.geom : fromPC(polygonClipping.union(...(list.map((p) => asPC(p.geom)) as [PCGeom, ...PCGeom[]])));
    const viewGeom = mapMulti(merged, spec.toView);
    regions.push({
      region: first.region,
      side: first.side,
      d: toPath(viewGeom),
      area: multiArea(viewGeom),
      centroid: interiorPoint(viewGeom),
      polygons: viewGeom,
    });
  }
  regions.sort((a, b) => (a.region === b.region ? a.side.localeCompare(b.side) : a.region.localeCompare(b.region)));

  const figure = mapMulti(taken, spec.toView);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const poly of figure)
    for (const [x, y] of poly[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  const m = spec.margin;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return {
    id: spec.id,
    label: spec.label,
    viewBox: [r1(minX - m), r1(minY - m), r1(maxX - minX + 2 * m), r1(maxY - minY + 2 * m)],
    outline: toPath(figure),
    figure,
    regions,
  };
}

let cache: Map<string, ViewGeometry> | undefined;

/** All views, built once. */
export function atlasViews(): Map<string, ViewGeometry> {
  if (!cache) cache = new Map(VIEW_SPECS.map((s) => [s.id, buildView(s)]));
  return cache;
}
