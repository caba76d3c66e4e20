/**
 * Polygon booleans and offsets on the atlas's MultiPolygon type, through Clipper2 (robust on
 * the many shared, curved edges the regions have). Coordinates are kept to 0.0001 unit.
 */
import { Clipper, ClipType, EndType, FillRule, JoinType, PolyTreeD, type PathsD, type PolyPathD } from 'clipper2-ts';
import type { MultiPolygon, Point, Polygon } from './types';

const PRECISION = 4;

function toPaths(mps: readonly MultiPolygon[]): PathsD {
  const out: PathsD = [];
  for (const mp of mps) for (const poly of mp) for (const ring of poly) if (ring.length >= 3) out.push(ring.map(([x, y]) => ({ x, y })));
  return out;
}

/** A Clipper poly tree as polygons with their holes (islands inside holes become polygons). */
function fromTree(tree: PolyTreeD): MultiPolygon {
  const out: MultiPolygon = [];
  const ring = (p: PolyPathD): Point[] => {
    const pts = (p.poly ?? []).map((q) => [q.x, q.y] as Point);
    if (pts.length) pts.push(pts[0]!);
    return pts;
  };
  const visitOuter = (node: PolyPathD) => {
    const poly: Polygon = [ring(node)];
    for (let i = 0; i < node.count; i++) {
      const hole = node.child(i);
      poly.push(ring(hole));
      for (let j = 0; j < hole.count; j++) visitOuter(hole.child(j));
    }
    out.push(poly);
  };
  for (let i = 0; i < tree.count; i++) visitOuter(tree.child(i));
  return out;
}

function op(type: ClipType, subject: readonly MultiPolygon[], clip: readonly MultiPolygon[] | null): MultiPolygon {
  const tree = new PolyTreeD();
  Clipper.booleanOpDWithPolyTree(type, toPaths(subject), clip ? toPaths(clip) : null, tree, FillRule.NonZero, PRECISION);
  return fromTree(tree);
}

/** Normalises orientation so every outer ring is counter-clockwise for Clipper's NonZero rule. */
function oriented(mp: MultiPolygon): MultiPolygon {
  // Input rings from drawings may wind either way; a union of each ring alone fixes that.
  return mp.map((poly) =>
    poly.map((r, i) => {
      const pos = Clipper.isPositiveD(r.map(([x, y]) => ({ x, y })));
      return pos === (i === 0) ? r : [...r].reverse();
    }),
  );
}

export const union = (...mps: MultiPolygon[]): MultiPolygon => op(ClipType.Union, mps.map(oriented), null);
export const intersect = (a: MultiPolygon, ...bs: MultiPolygon[]): MultiPolygon =>
  bs.reduce((acc, b) => (acc.length ? op(ClipType.Intersection, [acc], [oriented(b)]) : acc), oriented(a));
export const difference = (a: MultiPolygon, b: MultiPolygon): MultiPolygon => (b.length ? op(ClipType.Difference, [oriented(a)], [oriented(b)]) : a);

/** Grows (delta > 0) or shrinks a shape with round joins. */
export function offset(mp: MultiPolygon, delta: number, arcTolerance = 0.05): MultiPolygon {
  const paths = Clipper.inflatePathsD(toPaths([oriented(mp)]), delta, JoinType.Round, EndType.Polygon, 2, PRECISION, arcTolerance);
  return op(ClipType.Union, [paths.map((p) => p.map((q) => [q.x, q.y] as Point)).map((r) => [r])], null);
}
