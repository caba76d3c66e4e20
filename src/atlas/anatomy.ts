/**
 * Surface anatomy lines: the light strokes a referral chart draws to orient the eye (eyes,
 * clavicles, navel, scapulae, creases of the hand…). They are orientation cues only: few, thin,
 * and drawn under or beside the zones, never competing with them.
 *
 * Lines are data, written in each view's construction frame (body coordinates for the whole-body
 * views, the hand frame for the hands, the foot frame for the feet, the profile frame for the head),
 * and passed through the same `toView` as the view's regions (./views.ts). Right-side lines of
 * the whole-body views are mirrored to the left automatically. Creases, knuckles and nails of the
 * fingers and toes are found from the drawn finger and toe shapes in ./figure.ts (their axis and
 * width), so they follow the figure if it is redrawn.
 */
import { polygonContains } from 'd3-polygon';
import { sampleSpline, simplify, splinePath } from './curves';
import * as F from './figure';
import * as FL from './figure-lateral';
import { MOUTH_FRAME, mouthAt } from './figure-mouth';
import { ringDistance } from './geometry';
import type { Point, Ring, ViewId } from './types';
import { place } from './parts';
import { ARM_FRAME, HAND_FRAME, VIEW_SPECS } from './views';

export interface AnatomyPath {
  /** Stable id: `clavicle-r`, `navel`, `index-nail`… (whole-body lines end in -r / -l when paired). */
  id: string;
  /** SVG path data in the view's coordinates (M, C, L, Z commands). */
  d: string;
  /** A contour of a part in front of others (see ViewGeometry.contour): drawn over the zones. */
  contour?: boolean;
}

/** A line in a construction frame: a Catmull-Rom spline through `pts`. */
interface Line {
  id: string;
  pts: Point[];
  closed?: boolean;
  /** Indices of points kept as sharp corners (the corners of an eye). */
  corners?: number[];
  contour?: boolean;
}

// ---------------------------------------------------------------- small shapes

const line = (id: string, pts: Point[]): Line => ({ id, pts });
const closed = (id: string, pts: Point[], corners?: number[]): Line => ({ id, pts, closed: true, ...(corners ? { corners } : {}) });

/** An ellipse as a closed spline through 8 points. */
function oval(id: string, [cx, cy]: Point, rx: number, ry: number, rotation = 0): Line {
  const c = Math.cos(rotation);
  const s = Math.sin(rotation);
  const pts: Point[] = [];
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * 2 * Math.PI;
    const x = Math.cos(a) * rx;
    const y = Math.sin(a) * ry;
    pts.push([cx + x * c - y * s, cy + x * s + y * c]);
  }
  return closed(id, pts);
}

// ---------------------------------------------------------------- frames

/** The hand of the whole-body views, placed at the wrist along the arm exactly as views.ts places it. */
const placeHand = (pts: Point[]) => place(pts, HAND_FRAME.origin, HAND_FRAME.axis);
/** A small frame at the elbow centre, along the arm (s toward the thumb, t down the arm). */
const placeElbow = (pts: Point[]) => place(pts, F.ELBOW, ARM_FRAME.axis);

// ---------------------------------------------------------------- digits, from the figure's shapes

interface Digit {
  /** Unit vector along the digit, toward its tip. */
  u: Point;
  /** Unit vector across it (u turned a quarter). */
  v: Point;
  c: Point;
  /** Distances along u (from c): the tip; the base of the free digit (its crease); where its axis leaves the hand or foot. */
  tip: number;
  base: number;
  exit: number;
}

const add = (a: Point, b: Point, k = 1): Point => [a[0] + b[0] * k, a[1] + b[1] * k];
const dot = (a: Point, b: Point) => a[0] * b[0] + a[1] * b[1];

/**
 * A finger's or toe's axis (its principal direction), tip, and base: where it leaves the hand
 * or foot. `others` are the shapes it can touch (the palm or sole and the neighbouring digits);
 * the base lies between the levels where each side of the digit comes free of them (a side with
 * no neighbour comes free at the palm or sole), `web` of the way from the lower to the higher:
 * where its skin crease lies.
 * Without `others`, the base is where the axis leaves `body` (the thumb, whose web is deep).
 */
function digit(ring: Ring, body: Ring, others?: readonly Ring[], web = 0.5): Digit {
  const n = ring.length;
  const c: Point = [ring.reduce((a, p) => a + p[0], 0) / n, ring.reduce((a, p) => a + p[1], 0) / n];
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of ring) {
    sxx += (x - c[0]) ** 2;
    sxy += (x - c[0]) * (y - c[1]);
    syy += (y - c[1]) ** 2;
  }
  const ang = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  let u: Point = [Math.cos(ang), Math.sin(ang)];
  if (u[1] < 0) u = [-u[0], -u[1]]; // toward +t: the tips
  const v: Point = [u[1], -u[0]];
  const tip = Math.max(...ring.map((p) => dot([p[0] - c[0], p[1] - c[1]], u)));
  const inside = (r: Ring, p: Point) => polygonContains(r as [number, number][], p as [number, number]);
  // Walk down the axis from the tip until the point is inside the hand or foot.
  let exit = tip;
  while (exit > -tip && !inside(body, add(c, u, exit))) exit -= 0.1;
  const g: Digit = { u, v, c, tip, base: exit, exit };
  if (!others) return g;
  const free = (side: 0 | 1) => {
    for (let d = tip - 1; d > -tip; d -= 0.1) {
      const [lo, hi] = chord(ring, g, d);
      const p = add(add(c, u, d), v, side === 0 ? lo - 0.15 : hi + 0.15);
      if (others.some((r) => r !== ring && inside(r, p))) return d;
    }
    return -tip;
  };
  const [a, b] = [free(0), free(1)];
  return { ...g, base: Math.min(a, b) + Math.abs(a - b) * web };
}

/** Where a line across the digit at distance d along its axis meets the digit's outline: [min, max] across. */
function chord(ring: Ring, g: Digit, d: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const da = dot([a[0] - g.c[0], a[1] - g.c[1]], g.u) - d;
    const db = dot([b[0] - g.c[0], b[1] - g.c[1]], g.u) - d;
    if (da === db || da * db > 0) continue;
    const k = da / (da - db);
    const p: Point = [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k];
    const w = dot([p[0] - g.c[0], p[1] - g.c[1]], g.v);
    lo = Math.min(lo, w);
    hi = Math.max(hi, w);
  }
  return [lo, hi];
}

/**
 * A crease across a digit at fraction f of its visible length, spanning `span` of its width;
 * `bow` > 0 bends the middle toward the tip (a knuckle), < 0 toward the base.
 */
function crease(id: string, ring: Ring, g: Digit, f: number, span = 0.75, bow = 0): Line {
  const d = g.base + (g.tip - g.base) * f;
  const [lo, hi] = chord(ring, g, d);
  const mid = (lo + hi) / 2;
  const half = ((hi - lo) / 2) * span;
  const at = (w: number, dd: number): Point => add(add(g.c, g.u, dd), g.v, w);
  return line(id, [at(mid - half, d - bow), at(mid, d), at(mid + half, d - bow)]);
}

/** A nail: a rounded plate from fraction f0 to f1 of the digit, `span` of its width, cuticle curved. */
function nail(id: string, ring: Ring, g: Digit, f0: number, f1: number, span: number): Line {
  const d0 = g.base + (g.tip - g.base) * f0;
  const d1 = Math.min(g.base + (g.tip - g.base) * f1, g.tip - 0.8); // clear of the tip's outline
  const [lo, hi] = chord(ring, g, (d0 + d1) / 2);
  const mid = (lo + hi) / 2;
  const h = ((hi - lo) / 2) * span;
  const len = d1 - d0;
  const at = (w: number, dd: number): Point => add(add(g.c, g.u, dd), g.v, mid + w);
  return closed(id, [
    at(0, d0 - len * 0.08),
    at(h * 0.9, d0 + len * 0.06),
    at(h, d0 + len * 0.55),
    at(h * 0.75, d1 - len * 0.06),
    at(0, d1),
    at(-h * 0.75, d1 - len * 0.06),
    at(-h, d0 + len * 0.55),
    at(-h * 0.9, d0 + len * 0.06),
  ]);
}

const FINGER_NAMES = ['index', 'middle', 'ring', 'little'] as const;
const TOE_NAMES = ['big-toe', 'second-toe', 'third-toe', 'fourth-toe', 'little-toe'] as const;

const FINGERS = F.HAND_FINGERS.map((ring) => ({ ring, g: digit(ring, F.HAND_PALM, [F.HAND_PALM, ...F.HAND_FINGERS]) }));
const THUMB = { ring: F.HAND_THUMB, g: digit(F.HAND_THUMB, F.HAND_PALM) };
// The lesser toes converge, so their webs are high on one side: their creases lie near the higher.
const TOES = F.FOOT_TOES.map((ring, i) => ({ ring, g: digit(ring, F.FOOT_SOLE, [F.FOOT_SOLE, ...F.FOOT_TOES], i === 0 ? 0.4 : 0.8) }));

// Palmar creases lie at the flexion creases (proximal, middle), dorsal ones over the joints.
const PALMAR_PIP = 0.38;
const PALMAR_DIP = 0.7;
const DORSAL_PIP = 0.42;
const DORSAL_DIP = 0.73;

// ---------------------------------------------------------------- the hand (hand frame)

/** The palm's creases: wrist, thenar ("life line"), proximal and distal palmar, hypothenar. */
const PALM_CREASES: Line[] = [
  line('wrist-crease', [[-11.8, -1], [-5, 0], [0, 0.2], [5, 0], [11.8, -0.8]]),
  line('wrist-crease-proximal', [[-10.5, -5.8], [0, -5.2], [10.5, -5.8]]),
  line('thenar-crease', [[14.3, 32], [9.5, 27.5], [6.3, 20], [5, 11], [4.3, 2.5]]),
  line('proximal-palmar-crease', [[14.3, 32.6], [6, 30.2], [-3, 27.5], [-11, 24.8]]),
  line('distal-palmar-crease', [[-16.2, 33], [-9, 34], [-2, 36], [4, 38.6], [7.6, 41.6]]),
  line('hypothenar-crease', [[-8, 4], [-10.5, 12], [-12.3, 20.5]]),
];

function palmarDigitCreases(): Line[] {
  const out: Line[] = [];
  FINGERS.forEach(({ ring, g }, i) => {
    const name = FINGER_NAMES[i]!;
    out.push(crease(`${name}-base-crease`, ring, g, 0.06, 0.7, -0.4));
    out.push(crease(`${name}-pip-crease`, ring, g, PALMAR_PIP, 0.75));
    out.push(crease(`${name}-dip-crease`, ring, g, PALMAR_DIP, 0.7));
  });
  // The thumb's shape runs from its carpometacarpal joint: the MCP crease lies near halfway.
  out.push(crease('thumb-mcp-crease', THUMB.ring, THUMB.g, 0.42, 0.7));
  out.push(crease('thumb-ip-crease', THUMB.ring, THUMB.g, 0.72, 0.72));
  return out;
}

function dorsalDigitLines(): Line[] {
  const out: Line[] = [];
  FINGERS.forEach(({ ring, g }, i) => {
    const name = FINGER_NAMES[i]!;
    out.push(knuckle(`${name}-knuckle`, ring, g));
    out.push(crease(`${name}-pip-crease`, ring, g, DORSAL_PIP, 0.6, 0.8));
    out.push(crease(`${name}-dip-crease`, ring, g, DORSAL_DIP, 0.55, 0.5));
    out.push(nail(`${name}-nail`, ring, g, 0.83, 0.975, 0.62));
  });
  out.push(crease('thumb-ip-crease', THUMB.ring, THUMB.g, 0.72, 0.6, 0.8));
  out.push(nail('thumb-nail', THUMB.ring, THUMB.g, 0.82, 0.975, 0.56));
  return out;
}

/** The knuckle of a finger (the head of its metacarpal), on the back of the hand at the palm's edge. */
function knuckle(id: string, ring: Ring, g: Digit): Line {
  const len = g.tip - g.base;
  const d = g.exit - 1;
  // Width of the finger where it leaves the hand: the knuckle is about as wide.
  const [lo, hi] = chord(ring, g, g.base + len * 0.04);
  const mid = (lo + hi) / 2;
  const half = ((hi - lo) / 2) * 0.75;
  const at = (w: number, dd: number): Point => add(add(g.c, g.u, dd), g.v, w);
  return line(id, [at(mid - half, d - 1.2), at(mid - half * 0.55, d - 0.2), at(mid, d + 0.3), at(mid + half * 0.55, d - 0.2), at(mid + half, d - 1.2)]);
}

// ---------------------------------------------------------------- the foot (foot frame)

function toeLines(dorsal: boolean): Line[] {
  const out: Line[] = [];
  TOES.forEach(({ ring, g }, i) => {
    const name = TOE_NAMES[i]!;
    const big = i === 0;
    if (dorsal) {
      out.push(crease(`${name}-crease`, ring, g, big ? 0.42 : 0.38, 0.55, 0.5));
      out.push(nail(`${name}-nail`, ring, g, big ? 0.64 : 0.66, 0.96, big ? 0.68 : 0.6));
    } else {
      out.push(crease(`${name}-base-crease`, ring, g, big ? 0.1 : 0.14, 0.7, -0.5));
      if (big) out.push(crease(`${name}-ip-crease`, ring, g, 0.5, 0.7));
    }
  });
  return out;
}

const FOOT_DORSAL_LINES: Line[] = [
  line('medial-malleolus', [[-10, 11.5], [-8.7, 15.5], [-8.9, 19.5], [-10.3, 22.5]]),
  line('lateral-malleolus', [[11, 7.5], [9.9, 10.6], [10.3, 14], [12, 16.8]]),
];

const FOOT_PLANTAR_LINES: Line[] = [
  // The heel pad's front edge, and the ball of the foot under the metatarsal heads.
  line('heel-pad', [[-11, 26], [-5, 30.5], [3, 31.5], [10, 29], [13.2, 25.5]]),
  line('ball-of-foot', [[-18.6, 72], [-12, 67], [-3, 64.3], [6, 62.8], [13.5, 62], [18.2, 63.2]]),
  // The inner edge of the footprint: the arch that does not touch the ground.
  line('medial-arch', [[-8.5, 29], [-4.8, 40], [-4.5, 50], [-7.5, 59], [-12, 66]]),
];

// ---------------------------------------------------------------- the whole body (body coordinates)

/** Lines on the midline, drawn once. */
const ANTERIOR_MID: Line[] = [
  line('nose', [[-5.4, 61.5], [-4.6, 64.3], [-2.2, 65.3], [0, 64.6], [2.2, 65.3], [4.6, 64.3], [5.4, 61.5]]),
  line('mouth', [[-9, 77.6], [-4.5, 76.9], [0, 77.4], [4.5, 76.9], [9, 77.6]]),
  line('lower-lip', [[-4.5, 82], [0, 82.8], [4.5, 82]]),
  // The lower border of the mandible, where the face lies over the neck.
  line('jawline', [[-20.5, 89.8], [-16.5, 94.5], [-9, 98.6], [0, 100.2], [9, 98.6], [16.5, 94.5], [20.5, 89.8]]),
  line('sternal-notch', [[-6.2, 123.6], [-3.2, 126.2], [0, 127], [3.2, 126.2], [6.2, 123.6]]),
  line('sternum', [[0, 146], [0, 180], [0, 214]]),
  oval('navel', [0, 300], 1.7, 2.5),
];

/** Right-side lines, mirrored to the left. */
const ANTERIOR_RIGHT: Line[] = [
  closed('eye', [[7.6, 46.6], [10.5, 45], [14, 44.3], [17.6, 44.8], [20.6, 46], [17.5, 47.7], [14, 48.2], [10.5, 47.9]], [0, 4]),
  line('eyebrow', [[6.5, 39.8], [10, 38], [15, 37.2], [20, 37.8], [23.2, 39.4]]),
  line('ear', [[35.1, 46.5], [36.9, 50.5], [37.3, 55.5], [36.3, 60], [34.9, 62.5]]),
  line('clavicle', [[6.8, 126.6], [14, 127.9], [26, 129.2], [38, 129.6], [50, 129.8], [61, 132.2]]),
  oval('nipple', [38, 198], 2, 2),
  line('costal-margin', [[2.6, 225], [9, 235.5], [17.5, 245.5], [27.5, 254], [38, 261.5], [47, 270], [53, 280], [56, 289]]),
  line('inguinal-crease', [[58, 358.5], [44, 373], [30, 388], [17, 401], [8.5, 410]]),
  oval('patella', [46.5, 589.5], 8, 10.5),
  line('tibial-crest', [[46.2, 616], [45.6, 640], [44.6, 668], [43.4, 694]]),
  line('medial-malleolus', [[36.2, 755.5], [37.7, 760.5], [36.2, 765.5]]),
  line('lateral-malleolus', [[57.4, 759], [55.9, 764.5], [57.4, 770]]),
  // The gaps between the toes of the foot seen from the front (where FOOT_FRONT's toes meet).
  line('toe-gap-1', [[40, 797.4], [39.7, 794.5], [38.8, 791.2]]),
  line('toe-gap-2', [[47, 797.4], [47, 795], [46.7, 792.6]]),
  line('toe-gap-3', [[53.6, 797.3], [53.6, 795], [53.4, 793.2]]),
  line('toe-gap-4', [[59.6, 797], [59.6, 795], [59.5, 793.6]]),
];

const POSTERIOR_MID: Line[] = [
  oval('c7', [0, 119.8], 1.3, 1.2),
  line('spine', [[0, 122.5], [0, 230], [0, 342]]),
  line('gluteal-cleft', [[0, 380], [0, 397], [0, 414.5]]),
];

const POSTERIOR_RIGHT: Line[] = [
  line('ear-back', [[34.5, 45.8], [35.8, 51.5], [35.8, 57.5], [34.7, 63]]),
  // Superior angle, medial border, a rounded inferior angle, the lateral border up toward the axilla.
  line('scapula', [[30.5, 148], [27.8, 158], [27.2, 170], [28.2, 190], [30.5, 210], [34, 226], [37.5, 234.5], [41.5, 238], [46, 235], [52, 224], [59, 208], [65, 192], [69, 179]]),
  line('scapular-spine', [[27.6, 166], [38, 161], [50, 155], [62, 148.5], [73, 142.5]]),
  line('iliac-crest', [[17, 349], [24, 342], [34, 336], [46, 332.6], [57, 333], [66, 338]]),
  oval('sacral-dimple', [15, 353], 1.5, 1.5),
  line('sacral-triangle', [[13.6, 356.5], [7, 367.5], [1, 377.5]]),
  line('gluteal-fold', [[5, 421], [14, 427.5], [26, 431], [38, 431], [48, 427]]),
  line('popliteal-crease', [[32.5, 597], [40, 598.6], [47, 599], [54, 598.6], [60.5, 597]]),
  // The Achilles tendon's edges, down to the heel; the heel's sides where it stands in front of
  // the forefoot.
  line('achilles-medial', [[42, 726], [43.2, 745], [43.6, 762], [43.2, 774]]),
  line('achilles-lateral', [[51, 726], [50.2, 745], [50, 762], [50.5, 774]]),
  line('heel-medial', [[35.6, 784], [36.4, 792.5], [38.6, 800.6]]),
  line('heel-lateral', [[58.2, 784], [57.4, 792.5], [55.4, 800.9]]),
];

const placed = (lines: Line[], f: (pts: Point[]) => Point[]): Line[] => lines.map((l) => ({ ...l, pts: f(l.pts) }));

/** The olecranon, a small curve at the point of the elbow (arm frame, around the elbow centre). */
const OLECRANON = placed([line('olecranon', [[-4.5, -1], [-2.5, 2.6], [0, 3.6], [2.5, 2.6], [4.5, -1]])], placeElbow);

/** The head and neck in profile (the profile frame of ./figure.ts: x toward the face, 0 at the ear). */
const HEAD_LATERAL_LINES: Line[] = [
  closed('eye', [[27, 46.6], [29.5, 45.3], [32.5, 44.9], [34.8, 45.8], [35.3, 47.1], [34, 48.2], [30.5, 48.3]], [0]),
  line('eyebrow', [[25, 40.2], [29.5, 38.4], [33.5, 38], [36.2, 39]]),
  line('nose-ala', [[40.4, 55.8], [38.3, 57.2], [38, 59.8], [39.6, 61.5], [41.2, 61.6]]),
  line('mouth', [[39.5, 73.1], [37.6, 73.5], [35.4, 74.5]]),
  line('ear-helix', [[-3.5, 45.4], [-7.6, 45.8], [-10.3, 49.8], [-10.7, 56], [-9.4, 62.5], [-6.6, 66.6]]),
  line('ear-antihelix', [[-4.6, 49], [-7.3, 52.2], [-7.7, 57], [-6.1, 61.4], [-3.6, 63.2]]),
  line('ear-tragus', [[0.4, 52.3], [-1.5, 54.8], [-0.2, 58.2]]),
  line('zygomatic-arch', [[3.5, 51.8], [10, 51], [17, 51.4], [24.5, 53.6]]),
  line('jawline', [[2.8, 68], [2.2, 76], [1.6, 82.5], [2.6, 87], [6.5, 90.8], [14, 94.6], [23, 98], [30.5, 99.9]]),
  line('clavicle', [[19, 155.5], [8, 156.5], [-4, 156], [-14, 154]]),
];

// ---------------------------------------------------------------- the right side of the body (body-lateral: body coordinates of ./figure-lateral.ts)

const inside = (r: Ring, p: Point) => polygonContains(r as [number, number][], p as [number, number]);

/**
 * A dense closed ring (a clipping result) as a closed line: simplified to within `tol`, its true
 * corners (where the hand leaves the forearm, the thumb the hand) kept sharp.
 */
function ringLine(id: string, ring: Ring, tol = 0.12, cornerDeg = 35): Line {
  const pts = ring.slice();
  const [f, l] = [pts[0]!, pts[pts.length - 1]!];
  if (f[0] === l[0] && f[1] === l[1]) pts.pop();
  const half = Math.floor(pts.length / 2);
  const kept = [...simplify(pts.slice(0, half + 1), tol).slice(0, -1), ...simplify([...pts.slice(half), pts[0]!], tol).slice(0, -1)];
  const corners: number[] = [];
  kept.forEach((b, i) => {
    const a = kept[(i - 1 + kept.length) % kept.length]!;
    const c = kept[(i + 1) % kept.length]!;
    const t = Math.abs(Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0]));
    if (((t > Math.PI ? 2 * Math.PI - t : t) * 180) / Math.PI > cornerDeg) corners.push(i);
  });
  return closed(id, kept, corners);
}

/** The longest run of a closed ring's points that lies inside `cover`, as an open line (the thumb's edge over the hand). */
function runInside(id: string, ring: Ring, cover: readonly Ring[], tol = 0.08): Line {
  const n = ring.length;
  const inCover = ring.map((p) => cover.some((r) => inside(r, p)));
  const start = inCover.findIndex((v) => !v); // begin the walk outside, so no run wraps
  let best: Point[] = [];
  let run: Point[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (inCover[i]) run.push(ring[i]!);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return line(id, simplify(best, tol));
}

/**
 * The parts of a line that the hanging arm leaves in view: the line sampled, the samples under
 * the arm (or within `gap` of its outline) dropped, each remaining run a line of its own, named
 * by `names` in order along the line.
 */
function clearOfArm(l: Line, names: string[], gap = 1): Line[] {
  const samples = sampleSpline(l.pts, !!l.closed, 12);
  const seen = (p: Point) => !FL.ARM_OUTLINE_LAT.some((r) => inside(r, p) || ringDistance(r, p) < gap);
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (const p of samples) {
    if (seen(p)) run.push(p);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 2).map((r, i) => line(names[i] ?? `${l.id}-${i + 1}`, simplify(r, 0.04)));
}

/** The head-lateral lines placed on the body as ./figure-lateral.ts places the head (HEAD_FRAME_LAT); the neck's clavicle is redrawn below. */
const HEAD_ON_BODY: Line[] = placed(
  HEAD_LATERAL_LINES.filter((l) => l.id !== 'clavicle'),
  (pts) => FL.fromFrame(FL.HEAD_FRAME_LAT, pts),
);

/** The outline of the hanging arm and hand, and the thumb's edge where it lies over the hand. */
const ARM_LINES_LAT: Line[] = [
  ...FL.ARM_OUTLINE_LAT.map((r, i) => ringLine(i ? `arm-outline-${i + 1}` : 'arm-outline', r, 0.35)),
  runInside('thumb', FL.THUMB_LAT, [FL.HAND_LAT, FL.ARM_LAT]),
].map((l) => ({ ...l, contour: true }));

const [ASIS_X, ASIS_Y] = FL.ASIS_L;
const [GT_X, GT_Y] = FL.GREATER_TROCHANTER_L;
const [LM_X, LM_Y] = FL.ANKLE_L;

const BODY_LATERAL_LINES: Line[] = [
  // the clavicle, from the sternoclavicular joint back to where it passes over the shoulder cap
  ...clearOfArm(line('clavicle', [[27.2, 151.6], [23, 149.6], [17.5, 148.5], [12, 146.9], [6, 143.6], [0, 139.6]]), ['clavicle'], 0.4),
  oval('nipple', [48.6, 200.5], 1.1, 1.5),
  // the navel, a small dimple just inside the belly's front edge
  line('navel', [[44.4, 297.6], [43.2, 299.8], [44.4, 302.2]]),
  // the iliac crest from its highest point (the forearm hides the part behind) forward to the ASIS
  ...clearOfArm(line('iliac-crest', [[-12, 325], [0, 324.4], [12, 327.8], [22, 334], [28.6, 339.6], [ASIS_X, ASIS_Y], [ASIS_X + 0.6, ASIS_Y + 3.4]]), ['iliac-crest']),
  // the front and top of the greater trochanter (the thumb lies over its back)
  ...clearOfArm(line('greater-trochanter', [[GT_X - 7, GT_Y - 9.5], [GT_X + 1, GT_Y - 12], [GT_X + 8.5, GT_Y - 8], [GT_X + 11.5, GT_Y], [GT_X + 9.5, GT_Y + 8.5]]), ['greater-trochanter']),
  // the gluteal fold, running forward from the back of the thigh under the buttock
  line('gluteal-fold', [[-44.2, 443.6], [-39.5, 442.8], [-34.5, 441], [-30.5, 438.8]]),
  // the patella's back border (its front is the knee's outline)
  line('patella', [[28, 576], [23.6, 579.4], [21.2, 588], [22.6, 596.6], [27.4, 602.4]]),
  oval('fibular-head', [-10.8, 620.8], 3.4, 3),
  oval('lateral-malleolus', [LM_X - 0.4, LM_Y - 0.5], 3.8, 5),
  // the little toe: its tip, and the crease at its base; the big toe's tip beyond it
  line('little-toe', [[76, 789.8], [75.6, 794.4], [76.4, 799.4]]),
  line('little-toe-tip', [[84.6, 791.4], [86.6, 793.4], [87.2, 797], [86.4, 800.2]]),
];

// ---------------------------------------------------------------- mouth and throat section
// In the section's unit coordinates (./figure-mouth.ts: u forward from the back of the pharynx,
// v down). Drawn over the zones, like the side view's arm: a pattern that fills the mouth and
// throat still shows which is the tongue, the palate and the teeth.

const m = (pts: [number, number][]): Point[] => place(pts.map(([a, b]) => mouthAt(a, b)), MOUTH_FRAME.origin, MOUTH_FRAME.axis);
const MOUTH_LINES: Line[] = [
  // the dorsum of the tongue, from its tip behind the incisors, along the palate, down its base to the vallecula
  line('tongue-dorsum', m([[0.84, 0.3], [0.78, 0.27], [0.7, 0.26], [0.55, 0.28], [0.41, 0.345], [0.33, 0.44], [0.29, 0.58], [0.285, 0.74]])),
  // the soft palate hanging back from the hard palate, ending in the uvula
  line('soft-palate', m([[0.47, 0.2], [0.41, 0.24], [0.35, 0.3], [0.31, 0.36], [0.3, 0.4]])),
  // the epiglottis, rising back from the base of the tongue
  line('epiglottis', m([[0.31, 0.86], [0.25, 0.79], [0.22, 0.72]])),
  // an upper and a lower incisor, meeting behind the lips
  closed('upper-incisor', m([[0.82, 0.21], [0.87, 0.2], [0.9, 0.3], [0.89, 0.39], [0.85, 0.38], [0.83, 0.3]])),
  closed('lower-incisor', m([[0.84, 0.45], [0.88, 0.45], [0.89, 0.54], [0.87, 0.63], [0.83, 0.62], [0.83, 0.53]])),
].map((l) => ({ ...l, contour: true }));

// ---------------------------------------------------------------- assembly

interface ViewLines {
  /** Lines drawn once. */
  once: Line[];
  /** Right-side lines of the whole-body views, also drawn mirrored on the left. */
  paired: Line[];
}

function bodyHand(anterior: boolean): Line[] {
  if (anterior) {
    const keep = new Set(['thenar-crease', 'distal-palmar-crease']);
    const digits = palmarDigitCreases().filter((l) => l.id.endsWith('-pip-crease') || l.id === 'thumb-ip-crease');
    return placed([...PALM_CREASES.filter((l) => keep.has(l.id)), ...digits], placeHand).map((l) => ({ ...l, id: `hand-${l.id}` }));
  }
  const knuckles = dorsalDigitLines().filter((l) => l.id.endsWith('-knuckle'));
  return placed(knuckles, placeHand).map((l) => ({ ...l, id: `hand-${l.id}` }));
}

/** The lines of each view; a view not listed (one still being drawn) has none. */
const LINES: Partial<Record<ViewId, () => ViewLines>> = {
  anterior: () => ({ once: ANTERIOR_MID, paired: [...ANTERIOR_RIGHT, ...bodyHand(true)] }),
  posterior: () => ({ once: POSTERIOR_MID, paired: [...POSTERIOR_RIGHT, ...OLECRANON, ...bodyHand(false)] }),
  'head-lateral': () => ({ once: HEAD_LATERAL_LINES, paired: [] }),
  'body-lateral': () => ({ once: [...HEAD_ON_BODY, ...BODY_LATERAL_LINES, ...ARM_LINES_LAT], paired: [] }),
  mouth: () => ({ once: MOUTH_LINES, paired: [] }),
  'hand-palmar': () => ({ once: [...PALM_CREASES, ...palmarDigitCreases()], paired: [] }),
  'hand-dorsal': () => ({ once: dorsalDigitLines(), paired: [] }),
  'foot-dorsal': () => ({ once: [...FOOT_DORSAL_LINES, ...toeLines(true)], paired: [] }),
  'foot-plantar': () => ({ once: [...FOOT_PLANTAR_LINES, ...toeLines(false)], paired: [] }),
};

const SPEC_BY_ID = new Map(VIEW_SPECS.map((s) => [s.id, s]));
const cache = new Map<ViewId, AnatomyPath[]>();

/** The surface anatomy lines of a view, as smooth SVG path data in the view's coordinates (none for a view without any). */
export function anatomyPaths(view: ViewId): AnatomyPath[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const spec = SPEC_BY_ID.get(view);
  const lines = LINES[view];
  if (!spec || !lines) return [];
  const { once, paired } = lines();
  const all: Line[] = [
    ...once,
    ...paired.map((l) => ({ ...l, id: `${l.id}-r` })),
    ...paired.map((l) => ({ ...l, id: `${l.id}-l`, pts: l.pts.map(([x, y]) => [-x, y] as Point) })),
  ];
  const out = all.map((l) => ({
    id: l.id,
    d: splinePath(l.pts.map(spec.toView), !!l.closed, new Set(l.corners ?? [])),
    ...(l.contour ? { contour: true } : {}),
  }));
  cache.set(view, out);
  return out;
}
