/** Small, pure geometry helpers for building the atlas. No DOM, no d3 bundle. */
import { polygonArea, polygonCentroid, polygonContains } from 'd3-polygon';
import type { MultiPolygon, Point, Ring } from './types';

/** Samples a Catmull-Rom spline through `pts` (closed) into a polygon ring. */
export function smoothClosed(pts: readonly Point[], samples = 6): Ring {
  const n = pts.length;
  const out: Ring = [];
  for (let i = 0; i < n; i++) {
    const p0 = pts[(i - 1 + n) % n]!;
    const p1 = pts[i]!;
    const p2 = pts[(i + 1) % n]!;
    const p3 = pts[(i + 2) % n]!;
    for (let k = 0; k < samples; k++) {
      const t = k / samples;
      const t2 = t * t;
      const t3 = t2 * t;
      const x =
        0.5 * (2 * p1[0] + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2 + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3);
      const y =
        0.5 * (2 * p1[1] + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3);
      out.push([x, y]);
    }
  }
  return out;
}

/** A polygon approximating an ellipse. */
export function ellipse(cx: number, cy: number, rx: number, ry: number, steps = 32, rotation = 0): Ring {
  const out: Ring = [];
  const c = Math.cos(rotation);
  const s = Math.sin(rotation);
  for (let i = 0; i < steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    const x = Math.cos(a) * rx;
    const y = Math.sin(a) * ry;
    out.push([cx + x * c - y * s, cy + x * s + y * c]);
  }
  return out;
}

/**
 * A finger or toe: a capsule from its base circle (`a`, radius `ra`) to its tip circle, whose
 * sides follow the joints: a little fuller over the PIP and DIP joints (at `joints`, shares of
 * the axis), a little slimmer over the shafts between, and full again at the pulp, as a hand is
 * drawn. `swell` is the joints' extra width as a share of the local radius.
 */
export function digitRing(
  a: Point,
  ra: number,
  b: Point,
  rb: number,
  joints: readonly [number, number] = [0.45, 0.74],
  swell = 0.08,
  steps = 8,
): Ring {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  const u: Point = [dx / len, dy / len];
  const v: Point = [-u[1], u[0]];
  const [pip, dip] = joints;
  // Width factor along the axis (k from 0 at the base circle to 1 at the tip circle).
  const bumps: [number, number][] = [
    [0, 1],
    [pip * 0.5, 1 - swell * 0.6],
    [pip, 1 + swell * 0.4],
    [(pip + dip) / 2, 1 - swell * 0.7],
    [dip, 1 + swell * 0.15],
    [dip + (1 - dip) * 0.5, 1 + swell * 0.05],
    [1, 1],
  ];
  const factor = (k: number) => {
    for (let i = 1; i < bumps.length; i++) {
      const [k0, f0] = bumps[i - 1]!;
      const [k1, f1] = bumps[i]!;
      if (k <= k1) {
        const t = (k - k0) / (k1 - k0);
        const e = t * t * (3 - 2 * t); // smooth between stations
        return f0 + (f1 - f0) * e;
      }
    }
    return 1;
  };
  const at = (k: number, side: number): Point => {
    const r = (ra + (rb - ra) * k) * factor(k);
    return [a[0] + dx * k + v[0] * r * side, a[1] + dy * k + v[1] * r * side];
  };
  const out: Ring = [];
  const sideSteps = 12;
  // Up one side, round the tip, down the other side, round the base.
  for (let i = 0; i < sideSteps; i++) out.push(at(i / sideSteps, 1));
  const ang = Math.atan2(v[1], v[0]);
  for (let i = 0; i <= steps; i++) {
    const t = ang - (i / steps) * Math.PI;
    out.push([b[0] + rb * Math.cos(t), b[1] + rb * Math.sin(t)]);
  }
  for (let i = sideSteps - 1; i > 0; i--) out.push(at(i / sideSteps, -1));
  for (let i = 0; i <= steps; i++) {
    const t = ang + Math.PI - (i / steps) * Math.PI;
    out.push([a[0] + ra * Math.cos(t), a[1] + ra * Math.sin(t)]);
  }
  return out;
}

/**
 * A tapered capsule: the convex hull of two circles (centres a and b, radii ra and rb),
 * which is how limbs and fingers are built.
 */
export function capsule(a: Point, ra: number, b: Point, rb: number, steps = 12): Ring {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  const ang = Math.atan2(dy, dx);
  // Angle of the tangent points, measured from the axis.
  const phi = Math.acos(Math.max(-1, Math.min(1, (ra - rb) / len)));
  const out: Ring = [];
  // Around b: from +phi to -phi through the far side (angles relative to the axis).
  for (let i = 0; i <= steps; i++) {
    const t = phi - (i / steps) * 2 * phi;
    out.push([b[0] + rb * Math.cos(ang + t), b[1] + rb * Math.sin(ang + t)]);
  }
  // Around a: the remaining arc, from -phi to -(2π - phi).
  for (let i = 0; i <= steps; i++) {
    const t = -phi - (i / steps) * (2 * Math.PI - 2 * phi);
    out.push([a[0] + ra * Math.cos(ang + t), a[1] + ra * Math.sin(ang + t)]);
  }
  return out;
}

export type Affine = (p: Point) => Point;

export function mapRing(ring: readonly Point[], f: Affine): Ring {
  return ring.map(f);
}

export function mapMulti(mp: MultiPolygon, f: Affine): MultiPolygon {
  return mp.map((poly) => poly.map((ring) => ring.map(f)));
}

/** Signed-area-free absolute area of a multipolygon (holes subtracted). */
/** The bounding box [x0, y0, x1, y1] of some points; undefined for none. */
export function bounds(points: Iterable<Point>): [number, number, number, number] | undefined {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return x0 === Infinity ? undefined : [x0, y0, x1, y1];
}

/** The bounding box of a multipolygon's outer rings. */
export const multiBounds = (mp: MultiPolygon) => bounds(mp.flatMap((poly) => poly[0] ?? []));

export function multiArea(mp: MultiPolygon): number {
  let a = 0;
  for (const poly of mp) {
    poly.forEach((ring, i) => {
      const ra = Math.abs(polygonArea(ring as [number, number][]));
      a += i === 0 ? ra : -ra;
    });
  }
  return a;
}

/** Whether a point lies inside a multipolygon (even-odd over outer rings and holes). */
export function multiContains(mp: MultiPolygon, p: Point): boolean {
  for (const poly of mp) {
    const [outer, ...holes] = poly;
    if (!outer || !polygonContains(outer as [number, number][], p as [number, number])) continue;
    if (holes.some((h) => polygonContains(h as [number, number][], p as [number, number]))) continue;
    return true;
  }
  return false;
}

/** Distance from a point to the nearest edge of a closed ring. */
export function ringDistance(ring: readonly Point[], p: Point): number {
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

/** A point inside the largest polygon, near its centroid: used for labels and markers. */
export function interiorPoint(mp: MultiPolygon): Point {
  let best: Ring | undefined;
  let bestArea = -1;
  for (const poly of mp) {
    const outer = poly[0];
    if (!outer) continue;
    const a = Math.abs(polygonArea(outer as [number, number][]));
    if (a > bestArea) {
      bestArea = a;
      best = outer;
    }
  }
  if (!best) return [0, 0];
  const c = polygonCentroid(best as [number, number][]);
  if (multiContains(mp, c)) return c;
  // Concave shape: scan a horizontal line through the centroid for the widest inside run.
  const xs = best.map((p) => p[0]);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  let run: Point | undefined;
  let bestLen = 0;
  let start: number | undefined;
  const steps = 64;
  for (let i = 0; i <= steps; i++) {
    const x = min + ((max - min) * i) / steps;
    const inside = multiContains(mp, [x, c[1]]);
    if (inside && start === undefined) start = x;
    if ((!inside || i === steps) && start !== undefined) {
      const len = x - start;
      if (len > bestLen) {
        bestLen = len;
        run = [(start + x) / 2, c[1]];
      }
      start = undefined;
    }
  }
  return run ?? best[0]!;
}
