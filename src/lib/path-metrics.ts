/**
 * Geometry of SVG path data, for measuring how referral-zone shapes look: flatten `d` strings
 * into polylines and measure how much of an outline runs in straight lines.
 *
 * Pure functions: no DOM, no dependencies. Used by scripts/bench.mjs ("Map shapes").
 */

export interface Point {
  x: number;
  y: number;
}

/**
 * Curves are flattened adaptively: a piece is split (de Casteljau) until its control polygon
 * turns by at most this many degrees. The control polygon's turning bounds the curve's
 * turning, so every emitted chord stays within this angle of the curve's tangent. It has to be
 * well below straightShare's tolerance (2°) or the sampling itself would decide the runs.
 */
const MAX_TURN_DEG = 0.5;
/** Stop subdividing a curve piece after this many halvings (2^12 pieces at most). */
const MAX_DEPTH = 12;
const EPS = 1e-9;

const DEG = Math.PI / 180;

// ------------------------------------------------------------------------------ parsing

class Scanner {
  private i = 0;
  constructor(private readonly s: string) {}

  private skip(): void {
    while (this.i < this.s.length && /[\s,]/.test(this.s[this.i]!)) this.i++;
  }

  /** The next command letter, or undefined when the next token is a number or the end. */
  command(): string | undefined {
    this.skip();
    const c = this.s[this.i];
    if (c !== undefined && /[MmLlHhVvCcSsQqTtAaZz]/.test(c)) {
      this.i++;
      return c;
    }
    return undefined;
  }

  atNumber(): boolean {
    this.skip();
    const c = this.s[this.i];
    return c !== undefined && /[-+.\d]/.test(c);
  }

  done(): boolean {
    this.skip();
    return this.i >= this.s.length;
  }

  number(): number {
    this.skip();
    const m = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) throw new Error(`path data: expected a number at ${this.i}: "${this.s.slice(this.i, this.i + 20)}"`);
    this.i += m[0].length;
    return Number(m[0]);
  }

  /** Arc flags are single characters and may be written without separators ("a5 5 0 0120 20"). */
  flag(): boolean {
    this.skip();
    const c = this.s[this.i];
    if (c !== '0' && c !== '1') throw new Error(`path data: expected an arc flag at ${this.i}`);
    this.i++;
    return c === '1';
  }

  unexpected(): never {
    throw new Error(`path data: unexpected "${this.s.slice(this.i, this.i + 20)}" at ${this.i}`);
  }
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** Sum of the absolute turning angles (radians) along a control polygon, skipping zero legs. */
function polygonTurn(pts: readonly Point[]): number {
  let turn = 0;
  let prev: number | undefined;
  for (let k = 1; k < pts.length; k++) {
    const dx = pts[k]!.x - pts[k - 1]!.x;
    const dy = pts[k]!.y - pts[k - 1]!.y;
    if (Math.hypot(dx, dy) < EPS) continue;
    const a = Math.atan2(dy, dx);
    if (prev !== undefined) turn += Math.abs(wrap(a - prev));
    prev = a;
  }
  return turn;
}

/** Appends a cubic from p0 (already in `out`) to p3. */
function flattenCubic(out: Point[], p0: Point, p1: Point, p2: Point, p3: Point, depth = 0): void {
  if (depth >= MAX_DEPTH || polygonTurn([p0, p1, p2, p3]) <= MAX_TURN_DEG * DEG) {
    out.push(p3);
    return;
  }
  const a = lerp(p0, p1, 0.5);
  const b = lerp(p1, p2, 0.5);
  const c = lerp(p2, p3, 0.5);
  const d = lerp(a, b, 0.5);
  const e = lerp(b, c, 0.5);
  const m = lerp(d, e, 0.5);
  flattenCubic(out, p0, a, d, m, depth + 1);
  flattenCubic(out, m, e, c, p3, depth + 1);
}

/** Appends an elliptical arc (SVG endpoint parameterisation, spec appendix B.2.4). */
function flattenArc(out: Point[], p0: Point, rx: number, ry: number, rotDeg: number, large: boolean, sweep: boolean, p: Point): void {
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  if (rx < EPS || ry < EPS || (Math.abs(p0.x - p.x) < EPS && Math.abs(p0.y - p.y) < EPS)) {
    out.push(p);
    return;
  }
  const phi = rotDeg * DEG;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (p0.x - p.x) / 2;
  const dy = (p0.y - p.y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (k * rx * y1) / ry;
  const cy1 = (-k * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (p0.x + p.x) / 2;
  const cy = sin * cx1 + cos * cy1 + (p0.y + p.y) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const t1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let dt = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && dt > 0) dt -= 2 * Math.PI;
  if (sweep && dt < 0) dt += 2 * Math.PI;
  // On an ellipse the tangent turns up to (major/minor) times faster than the parameter.
  const step = (MAX_TURN_DEG * DEG * Math.min(rx, ry)) / Math.max(rx, ry);
  const n = Math.max(1, Math.ceil(Math.abs(dt) / step));
  for (let s = 1; s < n; s++) {
    const t = t1 + (dt * s) / n;
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    out.push({ x: cos * ex - sin * ey + cx, y: sin * ex + cos * ey + cy });
  }
  out.push(p);
}

/**
 * Flattens SVG path data into polylines, one per subpath. Supports every path command
 * (M L H V C S Q T A Z, absolute and relative, with implicit repeats). Straight commands add
 * their end point; curves are sampled adaptively (see MAX_TURN_DEG). `Z` appends the
 * subpath's start point, so a closed subpath's polyline ends where it began. Throws on
 * malformed data.
 */
export function parsePath(d: string): Point[][] {
  const s = new Scanner(d);
  const rings: Point[][] = [];
  let ring: Point[] | undefined;
  let cur: Point = { x: 0, y: 0 };
  let start: Point = cur;
  // Reflection sources for S/s and T/t: the previous command's last control point.
  let lastCubic: Point | undefined;
  let lastQuad: Point | undefined;
  let cmd: string | undefined;

  const begin = (p: Point) => {
    ring = [p];
    rings.push(ring);
    start = p;
  };
  const current = (): Point[] => {
    if (!ring) begin(cur);
    return ring!;
  };

  while (!s.done()) {
    const c = s.command();
    if (c) cmd = c;
    else if (!cmd || !s.atNumber()) s.unexpected();
    const op = cmd!;
    const rel = op === op.toLowerCase();
    const o = rel ? cur : { x: 0, y: 0 };
    const pt = (): Point => {
      const x = s.number();
      const y = s.number();
      return { x: o.x + x, y: o.y + y };
    };
    let cubic: Point | undefined;
    let quad: Point | undefined;
    const kind = op.toUpperCase();
    // Drawing after Z (without M) continues from the closed subpath's start, in a new polyline.
    const out = kind === 'M' || kind === 'Z' ? [] : current();
    switch (kind) {
      case 'M': {
        cur = pt();
        begin(cur);
        cmd = rel ? 'l' : 'L'; // further pairs are implicit line-tos
        break;
      }
      case 'L':
        cur = pt();
        out.push(cur);
        break;
      case 'H':
        cur = { x: (rel ? cur.x : 0) + s.number(), y: cur.y };
        out.push(cur);
        break;
      case 'V':
        cur = { x: cur.x, y: (rel ? cur.y : 0) + s.number() };
        out.push(cur);
        break;
      case 'C': {
        const p1 = pt();
        const p2 = pt();
        const p3 = pt();
        flattenCubic(out, cur, p1, p2, p3);
        cubic = p2;
        cur = p3;
        break;
      }
      case 'S': {
        const p1 = lastCubic ? { x: 2 * cur.x - lastCubic.x, y: 2 * cur.y - lastCubic.y } : cur;
        const p2 = pt();
        const p3 = pt();
        flattenCubic(out, cur, p1, p2, p3);
        cubic = p2;
        cur = p3;
        break;
      }
      case 'Q':
      case 'T': {
        const q1 = kind === 'Q' ? pt() : lastQuad ? { x: 2 * cur.x - lastQuad.x, y: 2 * cur.y - lastQuad.y } : cur;
        const p2 = pt();
        // A quadratic is the cubic with control points 2/3 of the way to its control point.
        flattenCubic(out, cur, lerp(cur, q1, 2 / 3), lerp(p2, q1, 2 / 3), p2);
        quad = q1;
        cur = p2;
        break;
      }
      case 'A': {
        const rx = s.number();
        const ry = s.number();
        const rot = s.number();
        const large = s.flag();
        const sweep = s.flag();
        const p = pt();
        flattenArc(out, cur, rx, ry, rot, large, sweep, p);
        cur = p;
        break;
      }
      case 'Z': {
        if (ring) ring.push(start);
        cur = start;
        ring = undefined; // a command after Z (other than M) starts a new subpath at `start`
        cmd = undefined; // Z takes no arguments, so numbers right after it are an error
        break;
      }
    }
    lastCubic = cubic;
    lastQuad = quad;
  }
  return rings;
}

// ---------------------------------------------------------------------------- measuring

/** An angle difference wrapped into (-π, π]. */
function wrap(a: number): number {
  while (a <= -Math.PI) a += 2 * Math.PI;
  while (a > Math.PI) a -= 2 * Math.PI;
  return a;
}

interface Seg {
  len: number;
  angle: number;
  from: Point;
  to: Point;
}

/**
 * How much of an outline runs in straight lines.
 *
 * `total` is the length of every polyline. `straight` is the length of the "straight lines"
 * longer than `minLen`: maximal runs of consecutive segments that all point within `tolDeg`
 * degrees of the run's first segment.
 *
 * Why the first segment: comparing each segment with the previous one would chain a gentle
 * arc into one endless "line", since every step turns only a little. Against a fixed
 * reference a run on a curve ends once the curve has turned tolDeg (in either direction), so
 * a run on a circle of radius r is at most about r·tolDeg long (plus one sample piece) and an
 * arc only counts as straight when a stretch of it turning tolDeg is longer than minLen, i.e.
 * when it really looks straight at that scale (for tolDeg 2 and minLen 0.02·H: radius above
 * ~0.5·H). Measuring against the run's chord instead would let a curve turn 2·tolDeg per run,
 * so it would call arcs of half that radius straight; the first segment is the stricter
 * choice. Its weakness, a noisy first segment cutting a line short, does not arise in the
 * atlas's data: straight edges are single commands and curves are sampled from Béziers.
 * A corner sharper than tolDeg always ends a run; where a line meets a curve tangentially,
 * up to ≈ tolDeg of the curve on either side joins the line's run.
 *
 * Runs are found greedily along each polyline. A polyline whose last point equals its first
 * is a closed ring (with or without Z): its runs may wrap around the start, and the scan
 * starts at the ring's sharpest corner so the start point does not split a straight side.
 * Zero-length segments are ignored.
 */
export function straightShare(rings: Point[][], minLen: number, tolDeg = 2): { straight: number; total: number } {
  const { runs, total } = straightRuns(rings, minLen, tolDeg);
  return { straight: runs.reduce((sum, r) => sum + r.len, 0), total };
}

/** A straight line found by straightShare: its length and its two ends. */
export interface StraightRun {
  len: number;
  from: Point;
  to: Point;
}

/** The straight lines of straightShare themselves (where they are, for telling them apart), and the total length. */
export function straightRuns(rings: Point[][], minLen: number, tolDeg = 2): { runs: StraightRun[]; total: number } {
  const runs: StraightRun[] = [];
  const tol = tolDeg * DEG;
  let total = 0;
  for (const ring of rings) {
    const pts: Point[] = [];
    for (const p of ring) {
      const q = pts[pts.length - 1];
      if (!q || Math.hypot(p.x - q.x, p.y - q.y) > EPS) pts.push(p);
    }
    const first = pts[0];
    const last = pts[pts.length - 1];
    const closed = pts.length > 2 && first !== undefined && last !== undefined && Math.hypot(first.x - last.x, first.y - last.y) <= EPS;
    let segs: Seg[] = [];
    for (let k = 1; k < pts.length; k++) {
      const dx = pts[k]!.x - pts[k - 1]!.x;
      const dy = pts[k]!.y - pts[k - 1]!.y;
      segs.push({ len: Math.hypot(dx, dy), angle: Math.atan2(dy, dx), from: pts[k - 1]!, to: pts[k]! });
    }
    if (segs.length === 0) continue;
    for (const g of segs) total += g.len;

    if (closed) {
      let at = 0;
      let sharpest = -1;
      segs.forEach((g, k) => {
        const turn = Math.abs(wrap(g.angle - segs[(k + segs.length - 1) % segs.length]!.angle));
        if (turn > sharpest) {
          sharpest = turn;
          at = k;
        }
      });
      segs = [...segs.slice(at), ...segs.slice(0, at)];
    }

    let i = 0;
    while (i < segs.length) {
      const ref = segs[i]!.angle;
      let len = segs[i]!.len;
      let j = i + 1;
      while (j < segs.length && Math.abs(wrap(segs[j]!.angle - ref)) <= tol) len += segs[j++]!.len;
      if (len > minLen) runs.push({ len, from: segs[i]!.from, to: segs[j - 1]!.to });
      i = j;
    }
  }
  return { runs, total };
}
