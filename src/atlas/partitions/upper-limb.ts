/**
 * How the arm (in the shoulder-to-wrist frame) and the hand (in the hand frame, shared by the
 * whole-body and close views) are cut into regions. See ../parts.ts for rows, cells, boundaries
 * and patches.
 *
 * Arm frame (ARM_FRAME): origin at the shoulder joint, t along the arm to the wrist (elbow joint
 * at t ≈ 147, s ≈ −2; wrist at t ≈ 257), s across it, positive = lateral (the radial side of the
 * forearm, palm forward). The outline runs from s = ±18 at the shoulder to +10 / −14 at the
 * elbow and ±7.5 at the wrist. The anterior view shows the front of the arm and the volar
 * forearm, the posterior view the back of the arm and the dorsal forearm.
 *
 * Hand frame: t from the wrist crease (0) to the fingertips (≈ 86), s toward the thumb. The
 * close views draw a stub of distal forearm below the wrist crease (t < 0).
 *
 * Boundaries follow surface anatomy: the deltoid (a cap over the shoulder ending in a V at its
 * insertion), the medial and lateral intermuscular septa beside biceps and triceps, the
 * epicondyles and olecranon, the antecubital fossa between brachioradialis and pronator teres,
 * brachioradialis along the radial border and the ulna along the ulnar border, the wrist creases,
 * the thenar crease, the hypothenar eminence, the palmar creases, the first web space, the
 * knuckles and each digit's palmar crease; the sides of each digit follow the digit's own axis.
 */
import { INF, R, type Partition, type Patch } from '../parts';
import type { Point } from '../types';

// ---------------------------------------------------------------- helpers

/** Points on an ellipse (centre, radii along s and t), for round patches. */
function oval(region: string, [cs, ct]: Point, rs: number, rt: number, n = 12): Patch {
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    points.push([cs + Math.cos(a) * rs, ct + Math.sin(a) * rt]);
  }
  return { region, points };
}

// ---------------------------------------------------------------- the arm (arm frame)

/** The lateral (middle) deltoid: the outer strip of the cap, seen from the front and from behind alike, down to the V. */
const LATERAL_DELTOID: Patch = {
  region: 'lateral-deltoid',
  points: [[3.5, -24], [4.5, -12], [6, 2], [7.5, 18], [9, 34], [10.2, 46], [11.4, 56], [13.5, 58], [19, 50], [21, 25], [22, 0], [17, -18], [10, -25]],
};
/** The deltoid tuberosity, where the V of the deltoid inserts halfway down the lateral arm. */
const DELTOID_INSERTION: Patch = {
  region: 'deltoid-insertion',
  points: [[12.6, 53.5], [15.6, 56.5], [17.6, 63.5], [16.4, 70.5], [12.8, 74], [10, 70.5], [8.8, 64], [9.8, 57.5]],
};
/** The anterior deltoid and the front of the shoulder joint, down to its border along the deltopectoral groove and across the biceps to the V. */
const ANTERIOR_DELTOID: Patch = {
  region: 'anterior-shoulder',
  points: [[-24, -6], [-19, 6], [-13.5, 14], [-7.5, 21.5], [-3, 28.5], [1.5, 37], [5.5, 45.5], [9, 52.5], [11, 58], [13, 50], [10.5, 20], [8.5, -5], [5, -22], [-8, -25], [-20, -16]],
};
/** The posterior deltoid: the back of the cap, down to its border across the long head of triceps to the V. */
const POSTERIOR_DELTOID: Patch = {
  region: 'posterior-deltoid',
  points: [[-24, -4], [-19.5, 10], [-14, 19], [-8.5, 27], [-3.5, 34.5], [1, 42], [5.5, 49], [9, 54], [11, 58], [13, 50], [10.5, 20], [8.5, -5], [5, -22], [-8, -25], [-20, -16]],
};
/** The long head of biceps in its groove, just below the front of the joint where the anterior deltoid gives way to biceps. */
const BICIPITAL_GROOVE: Patch = {
  region: 'bicipital-groove',
  points: [[-2.6, 17], [0.6, 20], [2.4, 28], [2.2, 37], [0.2, 43], [-3, 43.5], [-5.6, 37], [-6.4, 28], [-5.4, 20.5]],
};
const MEDIAL_EPICONDYLE = oval('medial-epicondyle', [-14.6, 143], 5.6, 5.8);
const LATERAL_EPICONDYLE = oval('lateral-epicondyle', [10.2, 142], 5.2, 5.4);
/** The olecranon and the back of the elbow, from the medial epicondyle (the ulnar nerve groove) to the lateral one (anconeus). */
const OLECRANON: Patch = {
  region: 'olecranon',
  points: [[-2, 139.5], [3, 140.5], [6, 144], [5.5, 150], [2.5, 155.5], [-2, 158], [-6.5, 155.5], [-9.5, 149.5], [-10, 144], [-6.5, 140.5]],
};
/** The crook of the elbow: the crease and the hollow below it, narrowing between brachioradialis and pronator teres. */
const ANTECUBITAL: Patch = {
  region: 'antecubital',
  points: [[-8.5, 136], [-3.5, 133.5], [2, 134], [5.8, 137], [7, 142], [5.8, 149.5], [3.2, 156.5], [0, 162], [-3.2, 157], [-5.8, 151.5], [-9.5, 145]],
};
/** The radial styloid: the bony point at the thumb side of the wrist, seen from the front and from behind. */
const RADIAL_STYLOID = oval('radial-styloid', [8.4, 245.5], 4.5, 4.2);
/** The head and styloid of the ulna: the bump at the back of the wrist on the little-finger side, a little above the radial styloid. */
const ULNAR_STYLOID = oval('ulnar-styloid', [-6.6, 243.6], 3.8, 4.2);

/** The elbow: where the arm's regions end and the forearm's begin, the joint line bowing down at the front. */
const ELBOW_LINE: Point[] = [[-16, 143], [-6, 146.5], [0, 147.5], [6, 145.5], [11, 142]];
/** Mid-forearm: upper and lower halves, where brachioradialis and the flexor and extensor bellies turn to tendon. */
const MID_FOREARM: Point[] = [[-13, 199], [-6, 202], [0, 203], [5, 202], [10, 199.5]];
/** The proximal wrist crease. */
const WRIST_LINE: Point[] = [[-10, 243.5], [-4, 246], [0, 246.5], [4, 246], [9, 244]];

/** Medial intermuscular septum, front: the medial bicipital groove from the axilla to the antecubital fossa. */
const MEDIAL_SEPTUM_FRONT: Point[] = [[-11.5, 12], [-10.8, 40], [-10.2, 80], [-9.8, 112], [-8.8, 130], [-7.2, 139], [-6.5, 150]];
/** Lateral intermuscular septum, front: the lateral edge of biceps and brachialis from the deltoid's V to the fossa. */
const LATERAL_SEPTUM_FRONT: Point[] = [[16.5, 38], [12.6, 55], [9.4, 66], [7.8, 80], [7.2, 100], [6.7, 120], [5.8, 133], [5.2, 145]];
/** Medial intermuscular septum, back: the medial edge of triceps down to the medial epicondyle. */
const MEDIAL_SEPTUM_BACK: Point[] = [[-11.5, 14], [-11, 45], [-10.6, 85], [-10.6, 115], [-11.4, 131], [-12.5, 140]];
/** Lateral intermuscular septum, back: the lateral edge of triceps (brachioradialis' origin lateral to it) down to the lateral epicondyle. */
const LATERAL_SEPTUM_BACK: Point[] = [[16.5, 38], [12.6, 55], [9.8, 66], [8.8, 80], [8.3, 100], [7.8, 120], [7.6, 136]];

/** Volar forearm, ulnar border: flexor carpi ulnaris along the ulna, from below the medial epicondyle to the ulnar head. */
const ULNAR_BORDER_FRONT: Point[] = [[-11.2, 149], [-8.9, 165], [-7.1, 185], [-6.4, 205], [-5.6, 225], [-4.9, 240], [-4.4, 252], [-4.2, 262]];
/** Volar forearm, radial border: the medial edge of brachioradialis, from the antecubital fossa to the radial styloid. */
const RADIAL_BORDER_FRONT: Point[] = [[5.8, 148], [4.7, 165], [3.9, 185], [3.7, 205], [3.9, 225], [4.3, 240], [4.2, 252], [4, 262]];
/** Dorsal forearm, ulnar border: the subcutaneous border of the ulna from the olecranon to the ulnar styloid. */
const ULNAR_BORDER_BACK: Point[] = [[-5.6, 150], [-6.3, 170], [-6.5, 190], [-6.2, 210], [-5.5, 230], [-5, 245], [-4.6, 255], [-4.5, 262]];
/** Dorsal forearm, radial border: the dorsal edge of brachioradialis and the radial wrist extensors. */
const RADIAL_BORDER_BACK: Point[] = [[5.8, 150], [5.1, 170], [4.6, 190], [4.4, 210], [4.6, 230], [4.9, 245], [4.7, 255], [4.5, 262]];

// The patches are painted in order and the first wins: the anterior and posterior deltoid run on
// under the lateral deltoid and the insertion, so they share those regions' edges exactly.
export const ARM_ANTERIOR: Partition = {
  patches: [DELTOID_INSERTION, LATERAL_DELTOID, BICIPITAL_GROOVE, ANTERIOR_DELTOID, MEDIAL_EPICONDYLE, LATERAL_EPICONDYLE, ANTECUBITAL, RADIAL_STYLOID],
  grid: [
    R(ELBOW_LINE, 'medial-arm', MEDIAL_SEPTUM_FRONT, 'anterior-arm', LATERAL_SEPTUM_FRONT, 'lateral-arm'),
    R(MID_FOREARM, 'ulnar-forearm-proximal', ULNAR_BORDER_FRONT, 'volar-forearm-proximal', RADIAL_BORDER_FRONT, 'radial-forearm'),
    R(WRIST_LINE, 'ulnar-forearm-distal', ULNAR_BORDER_FRONT, 'volar-forearm-distal', RADIAL_BORDER_FRONT, 'radial-forearm'),
    R(INF, 'ulnar-wrist', ULNAR_BORDER_FRONT, 'volar-wrist', RADIAL_BORDER_FRONT, 'radial-wrist'),
  ],
};

export const ARM_POSTERIOR: Partition = {
  patches: [DELTOID_INSERTION, LATERAL_DELTOID, POSTERIOR_DELTOID, MEDIAL_EPICONDYLE, LATERAL_EPICONDYLE, OLECRANON, RADIAL_STYLOID, ULNAR_STYLOID],
  grid: [
    R(ELBOW_LINE, 'medial-arm', MEDIAL_SEPTUM_BACK, 'posterior-arm', LATERAL_SEPTUM_BACK, 'lateral-arm'),
    R(MID_FOREARM, 'ulnar-forearm-proximal', ULNAR_BORDER_BACK, 'dorsal-forearm-proximal', RADIAL_BORDER_BACK, 'radial-forearm'),
    R(WRIST_LINE, 'ulnar-forearm-distal', ULNAR_BORDER_BACK, 'dorsal-forearm-distal', RADIAL_BORDER_BACK, 'radial-forearm'),
    R(INF, 'ulnar-wrist', ULNAR_BORDER_BACK, 'dorsal-wrist', RADIAL_BORDER_BACK, 'radial-wrist'),
  ],
};

// ---------------------------------------------------------------- the digits (hand frame)

/** A digit as ../figure.ts draws it (HAND_FINGERS, HAND_THUMB): a capsule from its base circle to its tip circle. */
interface Digit {
  base: Point;
  rBase: number;
  tip: Point;
  rTip: number;
}
/** Keep in step with HAND_FINGERS and HAND_THUMB in ../figure.ts. */
const LITTLE: Digit = { base: [-13, 37], rBase: 3.9, tip: [-15.6, 67], rTip: 3.2 };
const RING: Digit = { base: [-5, 41], rBase: 4.4, tip: [-6.2, 78], rTip: 3.6 };
const MIDDLE: Digit = { base: [3.8, 42], rBase: 4.6, tip: [4.2, 82], rTip: 3.8 };
const INDEX: Digit = { base: [12, 40], rBase: 4.4, tip: [13.5, 76], rTip: 3.6 };
const THUMB: Digit = { base: [13, 10], rBase: 6.5, tip: [27, 40], rTip: 4.2 };

/** A point at fraction k of the way along a digit's axis, `off` units across it (+ toward the thumb side). */
function onDigit(d: Digit, k: number, off: number): Point {
  const dx = d.tip[0] - d.base[0];
  const dy = d.tip[1] - d.base[1];
  const len = Math.hypot(dx, dy);
  const n: Point = [dy / len, -dx / len];
  return [d.base[0] + dx * k + n[0] * off, d.base[1] + dy * k + n[1] * off];
}
const radiusAt = (d: Digit, k: number) => d.rBase + (d.rTip - d.rBase) * k;
/** Width of a border strip: about a quarter of the digit's breadth, never under 1.6 units. */
const borderWidth = (r: number) => Math.max(1.6, 0.47 * r);

/**
 * The inner edge of one border strip (side +1 radial, −1 ulnar), a cell boundary along the
 * digit's own axis from `k0` to the start of the fingertip; there it turns out across the edge
 * to `exit` (an s value outside the digit), so the rounded tip belongs to the middle of the digit.
 */
function borderLine(d: Digit, side: 1 | -1, exit: number, k0 = 0): Point[] {
  const pts: Point[] = [];
  for (const k of [k0, 0.25, 0.5, 0.75, 1].filter((k) => k >= k0)) {
    const r = radiusAt(d, k);
    pts.push(onDigit(d, k, side * (r - borderWidth(r))));
  }
  const out = onDigit(d, 1 + (0.55 * d.rTip) / Math.hypot(d.tip[0] - d.base[0], d.tip[1] - d.base[1]), 0);
  pts.push([exit, out[1] - 0.2 * d.rTip]);
  return pts;
}

/**
 * The line between two neighbouring fingers (`u` on the ulnar side of `v`): halfway between
 * their facing edges, from the palm up to the shorter finger's tip, then straight on at `end`.
 */
function cleftLine(u: Digit, v: Digit, end: number): Point[] {
  const tEnd = Math.min(u.tip[1], v.tip[1]);
  const edgeAt = (d: Digit, side: 1 | -1, t: number) => {
    const k = (t - d.base[1]) / (d.tip[1] - d.base[1]);
    return onDigit(d, k, side * radiusAt(d, k))[0];
  };
  const pts: Point[] = [];
  for (let i = 0; i <= 4; i++) {
    const t = 30 + ((tEnd - 30) * i) / 4;
    pts.push([(edgeAt(u, 1, t) + edgeAt(v, -1, t)) / 2, t]);
  }
  pts.push([end, tEnd + 2]);
  return pts;
}

/** Where each cleft line runs on beyond the shorter finger's tip: in the gap, clear of both. */
const CLEFT_END = { littleRing: -11.6, ringMiddle: -1.6, middleIndex: 9.5 };
const CLEFT_LITTLE_RING = cleftLine(LITTLE, RING, CLEFT_END.littleRing);
const CLEFT_RING_MIDDLE = cleftLine(RING, MIDDLE, CLEFT_END.ringMiddle);
const CLEFT_MIDDLE_INDEX = cleftLine(MIDDLE, INDEX, CLEFT_END.middleIndex);

/**
 * The four fingers side by side, each as ulnar border | middle | radial border, the borders
 * running along each finger's axis; `mid` names the middle of each finger on this view.
 */
function fingerRow(to: Point[] | number, mid: (finger: string) => string) {
  return R(
    to,
    'little-ulnar-border', borderLine(LITTLE, -1, -20),
    mid('little'), borderLine(LITTLE, 1, CLEFT_END.littleRing),
    'little-radial-border', CLEFT_LITTLE_RING,
    'ring-ulnar-border', borderLine(RING, -1, CLEFT_END.littleRing),
    mid('ring'), borderLine(RING, 1, CLEFT_END.ringMiddle),
    'ring-radial-border', CLEFT_RING_MIDDLE,
    'middle-ulnar-border', borderLine(MIDDLE, -1, CLEFT_END.ringMiddle),
    mid('middle'), borderLine(MIDDLE, 1, CLEFT_END.middleIndex),
    'middle-radial-border', CLEFT_MIDDLE_INDEX,
    'index-ulnar-border', borderLine(INDEX, -1, CLEFT_END.middleIndex),
    mid('index'), borderLine(INDEX, 1, 19),
    'index-radial-border',
  );
}

/** The palmar digital creases where each finger comes free of the palm, stepping up through the clefts (the middle finger's is highest). */
const DIGITAL_CREASES: Point[] = [[-19, 42.2], [-16.1, 42.4], [-13.4, 42.2], [-10.8, 42.8], [-8.2, 46.5], [-5.2, 46.4], [-2.2, 47.2], [0.8, 51.6], [3.9, 51.5], [7, 51.4], [9.4, 48.4], [12.3, 47.8], [15.3, 48], [18, 48.2]];
/** Just proximal to the knuckles (the heads of the metacarpals): an arc highest at the middle finger. */
const KNUCKLES: Point[] = [[-19, 35.4], [-13.2, 36.8], [-9.4, 37.8], [-5, 39.2], [0, 39.8], [4, 40.4], [8.3, 39.9], [12, 39.3], [17, 37.6]];

/** The first carpometacarpal joint and the anatomical snuffbox, at the radial corner of the wrist: painted on the palm and on the thumb. */
const THUMB_BASE: Patch = {
  region: 'thumb-base',
  points: [[8.4, 2], [10, -2.6], [14, -3.4], [18.6, -0.4], [20.2, 5.6], [18.4, 11.2], [14.4, 13], [10.4, 10.4]],
};

// ---------------------------------------------------------------- the palm and the back of the hand

/** Thenar crease (the "life line"), from the wrist round the ball of the thumb to the radial edge of the palm. */
const THENAR_CREASE: Point[] = [[4.1, -3], [4.3, 2.5], [5, 11], [6.3, 20], [9.5, 27.5], [14.3, 32]];
/** Radial border of the hypothenar eminence: the hypothenar crease, then along abductor digiti minimi up the ulnar edge to the little finger. */
const HYPOTHENAR_BORDER: Point[] = [[-7.6, -3], [-8, 4], [-10.5, 12], [-12.3, 20.5], [-13.5, 27], [-14.2, 33], [-14.4, 38], [-14.4, 42]];
/**
 * Distal edge of the hollow of the palm: on the distal palmar crease at the ulnar side, on the
 * proximal palmar crease at the radial side (the line of the flexor tendon pulleys at the base
 * of the fingers), passing between the two below the middle finger; at the ulnar end it rises
 * beside the hypothenar eminence to the little finger.
 */
const PALMAR_CREASES: Point[] = [[-19, 42], [-16, 42], [-14.4, 40.4], [-12.4, 36.4], [-9, 34], [-3, 33.6], [3, 32.4], [9, 31.4], [14.3, 32.6], [17, 33.4]];

/**
 * The distal (DIP) flexion creases of the four fingers, where the pulp of each fingertip begins
 * (at 0.7 of each finger's free length, as the surface-anatomy layer draws them): level across
 * each finger, stepping between neighbours in the clefts, clear of both fingers.
 */
const DIP_CREASES: Point[] = [
  [-20, 61], [-17.4, 61], [-15, 61.3], [-12.9, 61.6],
  [-11.6, 62.6], [-10.9, 66], [-10.3, 69.4], [-9.2, 70.3],
  [-6, 70.4], [-3.2, 70.5],
  [-2.1, 71.2], [-1.4, 73.2], [-0.7, 74.6], [0.6, 74.9],
  [4, 74.85], [7.3, 74.8],
  [8.2, 74.2], [8.7, 72.2], [9.1, 70.2], [10.1, 69.5],
  [13, 69.4], [16, 69.3], [19, 69.3],
];
/** The pisiform at the base of the hypothenar eminence, just beyond the distal wrist crease. */
const PISIFORM: Patch = {
  region: 'pisiform',
  points: [[-10.6, -5.4], [-7.3, -4.6], [-6.5, -1.4], [-6.7, 1.6], [-7.6, 4.2], [-9.6, 5.6], [-12.2, 5.2], [-14.6, 2.6], [-15.2, -1.4], [-13.8, -4.6]],
};

export const HAND_PALMAR: Partition = {
  patches: [THUMB_BASE, PISIFORM],
  grid: [
    R(PALMAR_CREASES, 'hypothenar-eminence', HYPOTHENAR_BORDER, 'mid-palm', THENAR_CREASE, 'thenar-eminence'),
    R(DIGITAL_CREASES, 'distal-palm'),
    fingerRow(DIP_CREASES, (f) => `palmar-${f}`),
    fingerRow(INF, (f) => `palmar-${f}-tip`),
  ],
};

/** Back of the hand: the line between the third and fourth metacarpals, fanning from the wrist. */
const DORSAL_SPLIT: Point[] = [[-2, -3], [-1.6, 10], [-1.1, 24], [-0.7, 36], [-0.6, 44]];
/** Ulnar edge of the first web space: along the radial side of the second metacarpal. */
const WEB_EDGE: Point[] = [[13, -3], [10.6, 8], [9.8, 14], [10.2, 20], [11.3, 28], [12.6, 35], [13.4, 40]];

export const HAND_DORSAL: Partition = {
  patches: [THUMB_BASE],
  grid: [
    R(KNUCKLES, 'dorsal-hand-ulnar', DORSAL_SPLIT, 'dorsal-hand-radial', WEB_EDGE, 'first-web-space'),
    fingerRow(INF, (f) => `dorsal-${f}`),
  ],
};

// ---------------------------------------------------------------- the thumb

/** The thumb's metacarpophalangeal crease, halfway along the thumb's shape, level with the first web. */
const THUMB_MCP: Point[] = [onDigit(THUMB, 0.48, 8), onDigit(THUMB, 0.495, 2.5), onDigit(THUMB, 0.5, 0), onDigit(THUMB, 0.495, -2.5), onDigit(THUMB, 0.48, -8)].sort((a, b) => a[0] - b[0]);
/** The thumb's axis over the first metacarpal: the web space on its ulnar side (back of the hand). */
const THUMB_AXIS: Point[] = [onDigit(THUMB, -0.3, 0), onDigit(THUMB, 1, 0)];
const THUMB_ULNAR = borderLine(THUMB, -1, 21, 0.4);
const THUMB_RADIAL = borderLine(THUMB, 1, 33, 0.4);

/**
 * The thumb's interphalangeal crease, square to its axis, where the surface-anatomy layer draws
 * it (0.72 of the thumb's free length, 0.825 of the way from the base circle to the tip circle
 * here): the pulp of the thumb beyond it.
 */
const THUMB_IP: Point[] = [onDigit(THUMB, 0.835, 9), onDigit(THUMB, 0.828, 3), onDigit(THUMB, 0.825, 0), onDigit(THUMB, 0.828, -3), onDigit(THUMB, 0.835, -9)].sort((a, b) => a[0] - b[0]);

export const THUMB_PALMAR: Partition = {
  patches: [THUMB_BASE],
  grid: [
    R(THUMB_MCP, 'thenar-eminence'),
    R(THUMB_IP, 'thumb-ulnar-border', THUMB_ULNAR, 'palmar-thumb', THUMB_RADIAL, 'thumb-radial-border'),
    R(INF, 'thumb-ulnar-border', THUMB_ULNAR, 'palmar-thumb-tip', THUMB_RADIAL, 'thumb-radial-border'),
  ],
};

export const THUMB_DORSAL: Partition = {
  patches: [THUMB_BASE],
  grid: [
    R(THUMB_MCP, 'first-web-space', THUMB_AXIS, 'dorsal-thumb'),
    R(INF, 'thumb-ulnar-border', THUMB_ULNAR, 'dorsal-thumb', THUMB_RADIAL, 'thumb-radial-border'),
  ],
};

// ---------------------------------------------------------------- the wrist stub of the close views (hand frame, t < 0)

/** The top of the wrist, two fingers' breadth above the distal crease, bowing a little toward the hand. */
const WRIST_TOP: Point[] = [[-12.5, -13], [-6, -11.8], [0, -11.4], [6, -11.8], [12.5, -13]];
/** The ulnar and radial sides of the distal forearm and wrist. */
const STUB_ULNAR: Point[] = [[-5.6, -32], [-5.2, -20], [-5, -10], [-5.4, 0]];
const STUB_RADIAL: Point[] = [[5.2, -32], [4.8, -20], [4.7, -10], [5.2, 0]];
const STUB_STYLOID = oval('radial-styloid', [13, -8], 5, 5.2);
/** The ulnar styloid on the back of the wrist, opposite the radial one and a little higher. */
const STUB_ULNAR_STYLOID = oval('ulnar-styloid', [-12.8, -9.6], 4.6, 4.8);

export const WRIST_PALMAR: Partition = {
  patches: [STUB_STYLOID],
  grid: [
    R(WRIST_TOP, 'ulnar-forearm-distal', STUB_ULNAR, 'volar-forearm-distal', STUB_RADIAL, 'radial-forearm'),
    R(INF, 'ulnar-wrist', STUB_ULNAR, 'volar-wrist', STUB_RADIAL, 'radial-wrist'),
  ],
};

export const WRIST_DORSAL: Partition = {
  patches: [STUB_STYLOID, STUB_ULNAR_STYLOID],
  grid: [
    R(WRIST_TOP, 'ulnar-forearm-distal', STUB_ULNAR, 'dorsal-forearm-distal', STUB_RADIAL, 'radial-forearm'),
    R(INF, 'ulnar-wrist', STUB_ULNAR, 'dorsal-wrist', STUB_RADIAL, 'radial-wrist'),
  ],
};
