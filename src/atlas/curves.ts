/**
 * Smooth curves as SVG path data: Catmull-Rom splines through control points, written as cubic
 * Bézier segments, and a fit of dense polylines (clipping output) back to curves. Everything a
 * map draws goes through here, so no polygon corner reaches the page unless it is meant.
 */
import type { Point } from './types';

const fmt = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};
const pt = (p: Point) => `${fmt(p[0])} ${fmt(p[1])}`;

/**
 * Cubic Bézier path through `pts` (uniform Catmull-Rom, tension 1/6 of the neighbour chord).
 * Indices in `corners` keep a sharp corner (both handles collapse onto the point).
 */
export function splinePath(pts: readonly Point[], closed: boolean, corners: ReadonlySet<number> = new Set()): string {
  const n = pts.length;
  if (n < 2) return '';
  if (n === 2) return `M${pt(pts[0]!)}L${pt(pts[1]!)}${closed ? 'Z' : ''}`;
  const at = (i: number): Point => (closed ? pts[(i + n) % n]! : pts[Math.max(0, Math.min(n - 1, i))]!);
  let d = `M${pt(pts[0]!)}`;
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1: Point = corners.has(i % n) ? p1 : [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = corners.has((i + 1) % n) ? p2 : [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${pt(c1)} ${pt(c2)} ${pt(p2)}`;
  }
  return closed ? d + 'Z' : d;
}

/** Ramer–Douglas–Peucker simplification of an open polyline (endpoints kept). */
export function simplify(pts: readonly Point[], tol: number): Point[] {
  if (pts.length < 3) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = pts[a]!;
    const [bx, by] = pts[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy) || 1e-9;
    let worst = -1;
    let idx = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i]!;
      const dist = Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (dist > worst) {
        worst = dist;
        idx = i;
      }
    }
    if (worst > tol && idx > 0) {
      keep[idx] = 1;
      stack.push([a, idx], [idx, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** Turning angle at b, in degrees (0 = straight on). */
function turn(a: Point, b: Point, c: Point): number {
  const a1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const a2 = Math.atan2(c[1] - b[1], c[0] - b[0]);
  let d = Math.abs(a2 - a1);
  if (d > Math.PI) d = 2 * Math.PI - d;
  return (d * 180) / Math.PI;
}

/**
 * A closed, dense ring (clipping or offsetting output) as a smooth closed curve: simplified to
 * within `tol`, then splined through the kept points. Turns sharper than `cornerDeg` stay
 * corners (where a zone meets the edge of the body, say).
 */
export function smoothRingPath(ring: readonly Point[], tol: number, cornerDeg = 50): string {
  let pts = ring.slice();
  const f = pts[0];
  const l = pts[pts.length - 1];
  if (f && l && f[0] === l[0] && f[1] === l[1]) pts.pop();
  if (pts.length < 3) return '';
  // Start the simplification at the point farthest from the first, so both halves keep shape.
  let far = 0;
  let farD = -1;
  for (let i = 0; i < pts.length; i++) {
    const dd = (pts[i]![0] - pts[0]![0]) ** 2 + (pts[i]![1] - pts[0]![1]) ** 2;
    if (dd > farD) {
      farD = dd;
      far = i;
    }
  }
  const a = simplify(pts.slice(0, far + 1), tol);
  const b = simplify([...pts.slice(far), pts[0]!], tol);
  pts = [...a, ...b.slice(1, -1)];
  if (pts.length < 3) return '';
  const n = pts.length;
  const corners = new Set<number>();
  for (let i = 0; i < n; i++) if (turn(pts[(i - 1 + n) % n]!, pts[i]!, pts[(i + 1) % n]!) > cornerDeg) corners.add(i);
  return splinePath(pts, true, corners);
}

/** Samples a Catmull-Rom spline through `pts` into a polyline (open or closed). */
export function sampleSpline(pts: readonly Point[], closed: boolean, samples = 8): Point[] {
  const n = pts.length;
  if (n < 3) return [...pts];
  const at = (i: number): Point => (closed ? pts[(i + n) % n]! : pts[Math.max(0, Math.min(n - 1, i))]!);
  const out: Point[] = [];
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    for (let k = 0; k < samples; k++) {
      const t = k / samples;
      const t2 = t * t;
      const t3 = t2 * t;
      const c = (j: 0 | 1) =>
        0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2 + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3);
      out.push([c(0), c(1)]);
    }
  }
  if (!closed) out.push(pts[n - 1]!);
  return out;
}
