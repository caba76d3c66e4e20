/**
 * Smooth curves as SVG path data: Catmull-Rom splines through control points, written as cubic
 * Bézier segments, and a fit of dense polylines (clipping output) back to curves. Everything a
 * map draws goes through here, so no polygon corner reaches the page unless it is meant.
 */
import type { Point } from './types';

const round = (n: number) => Math.round(n * 10) / 10;
/** A number as short as SVG allows: one decimal, no leading zero, no "-0". */
const num = (n: number) => {
  const r = round(n);
  if (r === 0) return '0';
  const t = String(r);
  return t.startsWith('0.') ? t.slice(1) : t.startsWith('-0.') ? `-${t.slice(2)}` : t;
};
/** Numbers joined with the fewest separators SVG path syntax needs. */
function nums(values: number[]): string {
  let out = '';
  for (const v of values) {
    const t = num(v);
    out += out && !t.startsWith('-') && !(t.startsWith('.') && /\.\d*$/.test(out)) ? ` ${t}` : t;
  }
  return out;
}

/**
 * Cubic Bézier path through `pts` (Catmull-Rom with chord-length-weighted handles),
 * written with relative commands from rounded positions (so rounding never drifts).
 * Indices in `corners` keep a sharp corner (both handles collapse onto the point).
 */
export function splinePath(pts: readonly Point[], closed: boolean, corners: ReadonlySet<number> = new Set()): string {
  const n = pts.length;
  if (n < 2) return '';
  const at = (i: number): Point => (closed ? pts[(i + n) % n]! : pts[Math.max(0, Math.min(n - 1, i))]!);
  let cx = round(pts[0]![0]);
  let cy = round(pts[0]![1]);
  let d = `M${nums([cx, cy])}`;
  const segs = closed ? n : n - 1;
  let prev: Point | undefined;
  for (let i = 0; i < segs; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    // Handles along the neighbour chord, each scaled by this segment's share of the two
    // segments it spans: 1/6 of the chord where points are evenly spaced (uniform Catmull-Rom),
    // shorter beside a long neighbour, so a short piece next to a long one never overshoots
    // into a loop or a spike.
    const d01 = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]);
    const d12 = Math.hypot(p2[0] - p1[0], p2[1] - p1[1]);
    const d23 = Math.hypot(p3[0] - p2[0], p3[1] - p2[1]);
    const k1 = d01 + d12 > 0 ? d12 / (d01 + d12) / 3 : 0;
    const k2 = d12 + d23 > 0 ? d12 / (d12 + d23) / 3 : 0;
    const c1: Point = corners.has(i % n) ? p1 : [p1[0] + (p2[0] - p0[0]) * k1, p1[1] + (p2[1] - p0[1]) * k1];
    const c2: Point = corners.has((i + 1) % n) ? p2 : [p2[0] - (p3[0] - p1[0]) * k2, p2[1] - (p3[1] - p1[1]) * k2];
    const ex = round(p2[0]);
    const ey = round(p2[1]);
    const [ax, ay] = [round(c1[0]), round(c1[1])];
    const [bx, by] = [round(c2[0]), round(c2[1])];
    // Where the first handle is the mirror of the last one (to within the rounding: evenly
    // spaced points), the shorthand `s` leaves it out.
    if (prev && Math.abs(2 * cx - prev[0] - ax) < 0.16 && Math.abs(2 * cy - prev[1] - ay) < 0.16)
      d += `s${nums([bx - cx, by - cy, ex - cx, ey - cy])}`;
    else d += `c${nums([ax - cx, ay - cy, bx - cx, by - cy, ex - cx, ey - cy])}`;
    prev = [bx, by];
    cx = ex;
    cy = ey;
  }
  return closed ? `${d}z` : d;
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
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let idx = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i]!;
      // A run that closes on itself has no chord: measure from its end point instead.
      const dist = len < 1e-9 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
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

/** Turning angle from direction a→b to direction b→c, in degrees (0 = straight on). */
function turn(a: Point, b: Point, c: Point): number {
  const a1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const a2 = Math.atan2(c[1] - b[1], c[0] - b[0]);
  let d = Math.abs(a2 - a1);
  if (d > Math.PI) d = 2 * Math.PI - d;
  return (d * 180) / Math.PI;
}

/**
 * Indices of a dense closed ring's true corners: where the direction turns by more than
 * `cornerDeg` over a window of `w` units on either side, at the sharpest point of the turn.
 */
function corners(pts: readonly Point[], w: number, cornerDeg: number): number[] {
  const n = pts.length;
  const reach = (i: number, step: 1 | -1): Point => {
    let dist = 0;
    let j = i;
    for (let k = 0; k < n - 1 && dist < w; k++) {
      const nj = (j + step + n) % n;
      dist += Math.hypot(pts[nj]![0] - pts[j]![0], pts[nj]![1] - pts[j]![1]);
      j = nj;
    }
    return pts[j]!;
  };
  const angle = pts.map((p, i) => turn(reach(i, -1), p, reach(i, 1)));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (angle[i]! <= cornerDeg) continue;
    // Keep the sharpest vertex of a run of turning vertices.
    let best = true;
    for (let k = 1; k < n && best; k++) {
      const j = (i + k) % n;
      const dist = Math.hypot(pts[j]![0] - pts[i]![0], pts[j]![1] - pts[i]![1]);
      if (dist > w) break;
      if (angle[j]! > angle[i]! || (angle[j] === angle[i] && k > 0 && j < i)) best = false;
    }
    for (let k = 1; k < n && best; k++) {
      const j = (i - k + n) % n;
      const dist = Math.hypot(pts[j]![0] - pts[i]![0], pts[j]![1] - pts[i]![1]);
      if (dist > w) break;
      if (angle[j]! > angle[i]!) best = false;
    }
    if (best) out.push(i);
  }
  return out;
}

/**
 * A closed, dense ring (clipping or offsetting output) as a smooth closed curve: its true
 * corners found on the dense ring (where a zone meets the edge of the body, the armpit of the
 * figure), the runs between them simplified to within `tol` and splined through.
 */
export function smoothRingPath(ring: readonly Point[], tol: number, cornerDeg = 55): string {
  const pts = ring.slice();
  const f = pts[0];
  const l = pts[pts.length - 1];
  if (f && l && f[0] === l[0] && f[1] === l[1]) pts.pop();
  if (pts.length < 3) return '';
  let cs = corners(pts, Math.max(tol * 5, 0.3), cornerDeg);
  // No corner: start the runs at two far-apart points so both halves keep their shape.
  const smooth = cs.length === 0;
  if (smooth) cs = [0, Math.floor(pts.length / 2)];
  const kept: Point[] = [];
  const cornerIdx = new Set<number>();
  for (let k = 0; k < cs.length; k++) {
    const a = cs[k]!;
    const b = cs[(k + 1) % cs.length]!;
    const run: Point[] = [];
    for (let i = a; ; i = (i + 1) % pts.length) {
      run.push(pts[i]!);
      if (i === b && run.length > 1) break;
      if (run.length > pts.length + 1) break;
    }
    const simple = simplify(run, tol);
    if (!smooth) cornerIdx.add(kept.length);
    kept.push(...simple.slice(0, -1));
  }
  if (kept.length < 3) return '';
  return splinePath(kept, true, cornerIdx);
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
