/**
 * Turns the view specs into region geometry: each part's shape, less what earlier parts own,
 * is cut by its region grid; cells of one region (on one side) are merged into one shape.
 * Runs once per build (memoised); nothing here ships to the browser.
 */
import { anatomyPaths } from './anatomy';
import { difference, intersect, offset, union } from './clip';
import { sampleSpline, smoothRingPath } from './curves';
import { interiorPoint, mapMulti, multiArea, multiBounds } from './geometry';
import type { Boundary, PartSpec, ViewSpec } from './parts';
import { REGION_BY_ID } from './regions';
import type { MultiPolygon, Point, RegionShape, Side, ViewGeometry } from './types';
import { VIEW_SPECS } from './views';

/** Whole-body views: their contour is drawn to 0.15 % of the figure's height, close views to 0.2 %. */
const WHOLE_BODY = new Set(['anterior', 'posterior', 'body-lateral']);

/** Parts whose shapes have narrow gaps that are anatomy (between the fingers and the toes). */
const DIGIT_PARTS = new Set(['hand', 'thumb', 'toes', 'foot', 'wrist']);

/** Large enough to stand for infinity in any view (figure spans < 1000 units). */
const FAR = 5000;

type Local = Point[];

const clampFar = (v: number) => Math.max(-FAR, Math.min(FAR, v));

/** From a part's (s, t) frame to construction coordinates. */
function toWorld(part: PartSpec, ring: Local): Point[] {
  const { origin, axis } = part.frame;
  const perp: Point = [axis[1], -axis[0]];
  return ring.map(([s, t]) => [origin[0] + axis[0] * clampFar(t) + perp[0] * clampFar(s), origin[1] + axis[1] * clampFar(t) + perp[1] * clampFar(s)]);
}

/** A row boundary as a polyline t = f(s) across the whole plane, s increasing. */
function rowCurve(b: Boundary, axial: boolean): Local {
  if (typeof b === 'number')
    return [
      [-FAR, b],
      [FAR, b],
    ];
  let pts = [...b];
  // Axial parts list the right half; the boundary is mirrored across the midline.
  if (axial)
    pts = [
      ...pts
        .filter(([s]) => s > 0)
        .map(([s, t]) => [-s, t] as Point)
        .reverse(),
      ...pts,
    ];
  const line = sampleSpline(pts, false, 8);
  return [[-FAR, line[0]![1]], ...line, [FAR, line[line.length - 1]![1]]];
}

/** A cell boundary as a polyline s = f(t) along the whole part, t increasing. */
function colCurve(b: Boundary): Local {
  if (typeof b === 'number')
    return [
      [b, -FAR],
      [b, FAR],
    ];
  const line = sampleSpline(b, false, 8);
  return [[line[0]![0], -FAR], ...line, [line[line.length - 1]![0], FAR]];
}

const before = (row: Local): Local => [...row, [FAR, -FAR], [-FAR, -FAR]];
const after = (row: Local): Local => [...row, [FAR, FAR], [-FAR, FAR]];
const leftOf = (col: Local): Local => [...col, [-FAR, FAR], [-FAR, -FAR]];
const rightOf = (col: Local): Local => [...col, [FAR, FAR], [FAR, -FAR]];

/** The cell between two row boundaries and two cell boundaries (undefined = unbounded). */
function cellPolygon(
  part: PartSpec,
  rows: [Boundary | undefined, Boundary | undefined],
  cols: [Boundary | undefined, Boundary | undefined],
): MultiPolygon {
  const [t0, t1] = rows;
  const [s0, s1] = cols;
  const straight = [t0, t1, s0, s1].every((b) => b === undefined || typeof b === 'number');
  if (straight) {
    const a = (s0 as number | undefined) ?? -FAR;
    const b = (s1 as number | undefined) ?? FAR;
    const c = (t0 as number | undefined) ?? -FAR;
    const e = (t1 as number | undefined) ?? FAR;
    const ring = toWorld(part, [
      [a, c],
      [b, c],
      [b, e],
      [a, e],
    ]);
    return [[[...ring, ring[0]!]]];
  }
  const axial = part.kind === 'axial';
  const limits: Local[] = [];
  if (t0 !== undefined) limits.push(after(rowCurve(t0, axial)));
  if (t1 !== undefined) limits.push(before(rowCurve(t1, axial)));
  if (s0 !== undefined) limits.push(rightOf(colCurve(s0)));
  if (s1 !== undefined) limits.push(leftOf(colCurve(s1)));
  const polys = limits.map((l): MultiPolygon => [[toWorld(part, l)]]);
  return intersect(polys[0]!, ...polys.slice(1));
}

const mirror = (mp: MultiPolygon): MultiPolygon => mapMulti(mp, ([x, y]) => [-x, y]);

interface Piece {
  region: string;
  side: Side;
  geom: MultiPolygon;
  part?: string;
}

/** Pushes the pieces of one region cut from a part, on the sides its laterality asks for. */
function pushPieces(pieces: Piece[], part: PartSpec, region: string, right: MultiPolygon, left: MultiPolygon | undefined): void {
  const def = REGION_BY_ID.get(region)!;
  if (part.kind === 'axial') {
    const side = (s: Side): Side => (def.laterality === 'midline' ? 'm' : s);
    if (right.length) pieces.push({ region, side: side('r'), geom: right });
    if (left?.length) pieces.push({ region, side: side('l'), geom: left });
    return;
  }
  if (!right.length) return;
  const side: Side = def.laterality === 'midline' ? 'm' : 'r';
  pieces.push({ region, side, geom: right });
  if (part.kind === 'paired') pieces.push({ region, side: 'l', geom: mirror(right) });
}

/** Cuts one part (already reduced to the skin it owns) into region pieces. */
function cutPart(part: PartSpec, ownedAll: MultiPolygon, viewId: string): Piece[] {
  const pieces: Piece[] = [];
  const known = (region: string) => {
    const def = REGION_BY_ID.get(region);
    if (!def) throw new Error(`atlas: view "${viewId}", part "${part.id}" names unknown region "${region}"`);
    if (def.members)
      throw new Error(`atlas: view "${viewId}", part "${part.id}" draws "${region}", a group: draw its members (${def.members.join(', ')}) instead`);
  };
  // Patches first: each takes the skin it covers that no earlier patch took.
  let owned = ownedAll;
  for (const patch of part.patches ?? []) {
    known(patch.region);
    const shape: MultiPolygon = [[toWorld(part, sampleSpline(patch.points, true, 8))]];
    const right = clip(owned, shape);
    const left = part.kind === 'axial' ? clip(owned, mirror(shape)) : undefined;
    pushPieces(pieces, part, patch.region, right, left);
    const taken = part.kind === 'axial' ? union(shape, mirror(shape)) : shape;
    owned = difference(owned, taken);
  }
  let t0: Boundary | undefined;
  part.grid.forEach((row, ri) => {
    const t1 = ri === part.grid.length - 1 ? undefined : row.to;
    let s0: Boundary | undefined = part.kind === 'axial' ? 0 : undefined;
    row.cells.forEach(([sEnd, region], i) => {
      known(region);
      const s1 = i === row.cells.length - 1 ? undefined : sEnd;
      if (typeof s0 === 'number' && typeof s1 === 'number' && s1 <= s0)
        throw new Error(`atlas: view "${viewId}", part "${part.id}": cells out of order at "${region}"`);
      if (part.kind === 'axial' && REGION_BY_ID.get(region)!.laterality === 'midline' && s0 !== 0) {
        throw new Error(`atlas: midline region "${region}" must start at the midline (view "${viewId}")`);
      }
      const cell = cellPolygon(part, [t0, t1], [s0, s1]);
      const right = clip(owned, cell);
      const left = part.kind === 'axial' ? clip(owned, mirror(cell)) : undefined;
      pushPieces(pieces, part, region, right, left);
      s0 = s1;
    });
    t0 = t1;
  });
  return pieces;
}

function clip(a: MultiPolygon, b: MultiPolygon): MultiPolygon {
  if (!a.length) return [];
  const out = intersect(a, b);
  // Drop numerical dust left where a cell edge grazes the outline.
  return out.filter((poly) => multiArea([poly]) > 0.05);
}

/** Builds one view's geometry (exported so a view in progress can be checked on its own). */
export function buildView(spec: ViewSpec): ViewGeometry {
  let taken: MultiPolygon = [];
  const pieces: Piece[] = [];
  // The drawn contour closes the clefts where limbs meet the trunk (armpit, shoulder, crotch,
  // ear) more than the gaps between fingers and toes, which must stay open.
  let digits: MultiPolygon = [];
  let body: MultiPolygon = [];
  for (const part of spec.parts) {
    let shape = union(...part.shape.map((r): MultiPolygon => [[[...r]]]));
    if (part.kind === 'paired') shape = union(shape, mirror(shape));
    if (DIGIT_PARTS.has(part.id)) digits = union(digits, shape);
    else body = union(body, shape);
    const owned = difference(shape, taken);
    taken = union(taken, shape);
    // Paired parts are cut on the right half only, then mirrored.
    const rightOwned =
      part.kind === 'paired'
        ? intersect(owned, [
            [
              [
                [0, -FAR],
                [FAR, -FAR],
                [FAR, FAR],
                [0, FAR],
                [0, -FAR],
              ],
            ],
          ])
        : owned;
    // Paired parts are two body parts (the right arm, the left arm); axial and single ones are one.
    for (const piece of cutPart(part, rightOwned, spec.id))
      pieces.push({ ...piece, part: part.kind === 'paired' ? `${part.id}-${piece.side}` : part.id });
  }

  const byKey = new Map<string, Piece[]>();
  for (const p of pieces) {
    const key = `${p.region}|${p.side}`;
    const list = byKey.get(key) ?? [];
    list.push(p);
    byKey.set(key, list);
  }
  const regions: RegionShape[] = [];
  let top = Infinity;
  let bottom = -Infinity;
  for (const poly of taken) for (const [, y] of poly[0] ?? []) [top, bottom] = [Math.min(top, y), Math.max(bottom, y)];
  const viewTol = Math.max(0.05, (bottom - top) * 0.0008);
  for (const list of byKey.values()) {
    const first = list[0]!;
    // A region that spans parts belongs, for picking, to the part holding most of it.
    const main = list.reduce((a, b) => (multiArea(b.geom) > multiArea(a.geom) ? b : a));
    const merged = list.length === 1 ? first.geom : union(...list.map((p) => p.geom));
    const viewGeom = mapMulti(merged, spec.toView);
    regions.push({
      region: first.region,
      side: first.side,
      part: main.part!,
      // Drawn only in the finder and study mode (one body part at a time): compact curves will do.
      d: viewGeom
        .flat()
        .map((ring) => smoothRingPath(ring, viewTol, 60))
        .join(''),
      area: multiArea(viewGeom),
      centroid: interiorPoint(viewGeom),
      polygons: viewGeom,
    });
  }
  regions.sort((a, b) => (a.region === b.region ? a.side.localeCompare(b.side) : a.region.localeCompare(b.region)));

  const figure = mapMulti(taken, spec.toView);
  const [minX, minY, maxX, maxY] = multiBounds(figure) ?? [0, 0, 0, 0];
  const m = spec.margin;
  // Closes hairline gaps between parts without joining fingers: 0.15 % of the figure's height;
  // the clefts between limbs and trunk are rounded like skin folds, 0.4 % of it.
  const sliver = (maxY - minY) * 0.0015;
  const fold = (maxY - minY) * 0.004;
  const closed = (g: MultiPolygon, r: number) => (g.length ? offset(offset(g, r), -r) : []);
  const drawn = closed(union(closed(mapMulti(body, spec.toView), fold), mapMulti(digits, spec.toView)), sliver);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return {
    id: spec.id,
    label: spec.label,
    viewBox: [r1(minX - m), r1(minY - m), r1(maxX - minX + 2 * m), r1(maxY - minY + 2 * m)],
    // The figure's contour as smooth curves: a polygon corner never reaches the page.
    // Slivers where parts meet (armpit, elbow) are closed for the drawing only; regions keep the exact skin.
    outline: drawn
      .flat()
      .map((ring) => smoothRingPath(ring, Math.max(0.05, (maxY - minY) * (WHOLE_BODY.has(spec.id) ? 0.0015 : 0.002)), 60))
      .join(''),
    anatomy: anatomyPaths(spec.id)
      .filter((a) => !a.contour)
      .map((a) => a.d)
      .join(''),
    contour: [
      ...anatomyPaths(spec.id)
        .filter((a) => a.contour)
        .map((a) => a.d),
      ...regions.filter((r) => spec.outlined?.includes(r.region)).map((r) => r.d),
    ].join(''),
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
