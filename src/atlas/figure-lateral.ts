/**
 * The figure seen from the patient's RIGHT side: the same adult as ./figure.ts (eight heads
 * tall, vertex y ≈ 0, chin ≈ 100, soles at y = 800), standing in anatomical position, facing the
 * viewer's right, the right arm hanging at the side with the palm against the thigh.
 *
 * Coordinates: y as in the body; x grows toward the front (the face looks to +x). x = 0 is the
 * plumb line of a good standing posture: through the ear, the acromion and the greater
 * trochanter, just in front of the knee joint and of the lateral malleolus.
 *
 * The head and neck are not redrawn: HEAD_PROFILE and EAR_PROFILE of ./figure.ts are translated
 * so the ear sits on the plumb line (HEAD_OFFSET), so this view and the head-lateral close view
 * share one geometry. The body below the neck is one drawn silhouette (BODY_LATERAL), cut at the
 * hip crease and at the ankle into the trunk, leg and foot parts so the silhouette has no seams.
 */
import { intersect, union } from './clip';
import { sampleSpline } from './curves';
import { EAR_PROFILE, HEAD_PROFILE } from './figure';
import { smoothClosed } from './geometry';
import { frameFrom, type Frame } from './parts';
import type { MultiPolygon, Point, Ring } from './types';

// ---------------------------------------------------------------- head and neck

function centroid(ring: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0];
    y += p[1];
  }
  return [x / ring.length, y / ring.length];
}

/** The ear of the profile frame, and where the head is moved so that the ear sits on the plumb line. */
const EAR_CENTRE = centroid(EAR_PROFILE);
const HEAD_OFFSET: Point = [-EAR_CENTRE[0], 0];
const shift = (ring: readonly Point[]): Ring => ring.map(([x, y]) => [x + HEAD_OFFSET[0], y + HEAD_OFFSET[1]] as Point);

/** HEAD_PROFILE and EAR_PROFILE of ./figure.ts, placed on the body. */
export const HEAD_LAT: Ring = shift(HEAD_PROFILE);
export const EAR_LAT: Ring = shift(EAR_PROFILE);
/** The head-lateral frame (HEAD_PROFILE's own coordinates) placed on the body: VERTICAL, moved by HEAD_OFFSET. */
export const HEAD_FRAME_LAT: Frame = { origin: HEAD_OFFSET, axis: [0, 1] };

/** Where the placed head profile's outline crosses height y: its front (side 1) or back (side -1) edge. */
function headEdge(y: number, side: 1 | -1): number {
  let best = side > 0 ? -Infinity : Infinity;
  const n = HEAD_LAT.length;
  for (let i = 0; i < n; i++) {
    const [x0, y0] = HEAD_LAT[i]!;
    const [x1, y1] = HEAD_LAT[(i + 1) % n]!;
    if ((y0 - y) * (y1 - y) > 0 || y0 === y1) continue;
    const x = x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
    best = side > 0 ? Math.max(best, x) : Math.min(best, x);
  }
  return best;
}
/** A point on the head profile's front or back edge at height y, moved `out` units outward (negative: inside). */
const onHead = (y: number, side: 1 | -1, out: number): Point => [headEdge(y, side) + side * out, y];

// ---------------------------------------------------------------- joints and landmarks

/** Centre of the right shoulder joint: just behind the front-to-back middle of the chest. */
export const SHOULDER_L: Point = [-8, 152];
/** Centre of the elbow: the arm hangs slightly behind the mid-axillary line. */
export const ELBOW_L: Point = [-22.5, 290];
/** Centre of the wrist crease. */
export const WRIST_L: Point = [-21.5, 389];
/** Hip joint, knee joint (centre of the joint line) and the lateral malleolus. */
export const HIP_L: Point = [3, 398];
export const KNEE_L: Point = [-1, 602];
export const ANKLE_L: Point = [-3, 761];
/** The back of the heel, on the ground. */
const HEEL_L: Point = [-27, 800];
export const GREATER_TROCHANTER_L: Point = [5, 402];
export const ASIS_L: Point = [33, 344];

// ---------------------------------------------------------------- the body below the head

/**
 * Neck, trunk, right leg and foot in one outline, from the front of the neck down the chest,
 * belly, thigh, knee, shin and over the foot, then up the heel, calf, back of the thigh, buttock,
 * lumbar curve and upper back. Its top runs inside HEAD_LAT (which owns that skin) and leaves it
 * at the lower corners of the head profile.
 */
const BODY_POINTS: Point[] = [
  // the neck, just inside the head profile, then leaving it tangentially under the clavicle
  [0, 119],
  [12, 121],
  onHead(132, 1, -2),
  onHead(141, 1, -0.5),
  onHead(147, 1, -0.3),
  onHead(151.5, 1, -0.1),
  // chest: the pectoral under the clavicle, the nipple at y ≈ 200, the lower border of the pectoral
  [31.1, 156],
  [33.3, 159],
  [36.1, 162],
  [39.3, 165],
  [42.3, 168.4],
  [45.2, 173.6],
  [47.6, 181],
  [49.3, 190],
  [50.6, 199],
  [50.3, 209.5],
  [48.2, 219.5],
  [45.4, 230],
  [43.8, 243],
  // belly: flat over the ribs, full below the navel (y ≈ 300), back to the pubis
  [43.3, 258],
  [44, 276],
  [45.4, 295],
  [46, 313],
  [44.8, 331],
  [42.2, 349],
  [39.2, 365],
  [36.4, 379],
  // the groin crease, then the front of the thigh (rectus femoris)
  [34.6, 390],
  [35.8, 401],
  [38.6, 419],
  [40.6, 441],
  [41.2, 465],
  [40, 490],
  [37.2, 515],
  [33.6, 540],
  [30.6, 561],
  // the knee: suprapatellar hollow, patella, patellar tendon, tibial tuberosity
  [29.2, 575],
  [30.2, 588],
  [29.8, 600],
  [27.8, 611],
  [28.3, 624],
  // the shin
  [27, 640],
  [25.2, 665],
  [22.6, 695],
  [19.6, 725],
  [17, 746],
  // the front of the ankle (tibialis anterior tendon), over the instep to the toes
  [16.2, 756],
  [17.4, 763.5],
  [21, 769.2],
  [27, 772.4],
  [40, 775.6],
  [55, 780.2],
  [68, 785.4],
  [76.5, 788.4],
  [84, 790.1],
  [89.6, 791.6],
  [93.2, 793.8],
  [94.5, 797.2],
  [92.4, 800.3],
  // the sole: toe pads, ball, the low lateral arch, the heel
  [80, 800.8],
  [63, 801],
  [42, 799.6],
  [18, 799.2],
  [-4, 800.3],
  [-17, 800.7],
  [-23.8, 797.6],
  [-26.8, 789.5],
  [-26.4, 779.5],
  [-22.6, 770.5],
  // the Achilles tendon and the calf
  [-18.8, 760],
  [-17.6, 748],
  [-18.9, 732],
  [-23.4, 714],
  [-29.3, 694],
  [-33.8, 674],
  [-35.4, 656],
  [-34.2, 638],
  [-30.8, 622],
  // the back of the knee and of the thigh
  [-28.3, 607],
  [-28.6, 592],
  [-31, 574],
  [-34.5, 550],
  [-38, 520],
  [-40.4, 492],
  [-41.8, 466],
  [-42.6, 451],
  // the gluteal fold and the buttock
  [-44.8, 442.5],
  [-50.2, 434.5],
  [-55, 422],
  [-57, 407],
  [-56.6, 392],
  [-54.2, 377],
  [-49.8, 361],
  [-45, 346],
  // the lumbar curve, the thoracolumbar junction and the upper back (scapula)
  [-42, 331],
  [-40.9, 316],
  [-41.1, 302],
  [-42.5, 288],
  [-45.4, 270],
  [-49.8, 250],
  [-53.4, 230],
  [-55.6, 212],
  [-56.4, 197],
  [-56.4, 184],
  [-55.8, 174],
  [-55, 168.6],
  // the trapezius slope, leaving the head profile tangentially above the scapular spine
  [-53.9, 165],
  [-51.9, 162],
  [-49.9, 159],
  onHead(156, -1, 0.5),
  onHead(152, -1, 0.05),
  onHead(147.5, -1, -0.3),
  onHead(142, -1, -0.6),
  onHead(132, -1, -2),
  [-15, 121],
];
const BODY_LATERAL: Ring = smoothClosed(BODY_POINTS, 8);

const FAR = 5000;
/** The part of the plane below a curve y = f(x) given through points listed with x increasing. */
function below(curve: readonly Point[]): MultiPolygon {
  const line = sampleSpline(curve, false, 8);
  return [[[[-FAR, line[0]![1]], ...line, [FAR, line[line.length - 1]![1]], [FAR, FAR], [-FAR, FAR]]]];
}
const rings = (mp: MultiPolygon): Ring[] => mp.map((poly) => poly[0]!);

/** The hip line: the groin crease in front, under the greater trochanter, to the gluteal fold behind. */
const HIP_CUT: Point[] = [
  [-80, 447],
  [-44.5, 443],
  [-31, 437.5],
  [-16, 428.5],
  [0, 419],
  [15, 410],
  [27, 400],
  [34.8, 390.5],
  [70, 389],
];
/** The ankle: from the front of the ankle crease, under the lateral malleolus, to the top of the heel behind. */
const ANKLE_CUT: Point[] = [
  [-60, 771],
  [-23, 771.5],
  [-12, 774.5],
  [-3, 776],
  [6, 775.2],
  [14, 772.6],
  [20, 769.5],
  [60, 768.5],
];

const BODY_MP: MultiPolygon = [[[...BODY_LATERAL, BODY_LATERAL[0]!]]];
/** The trunk part: the whole silhouette (the leg and foot parts, earlier in the view, take theirs). */
export const TRUNK_LAT: Ring[] = [BODY_LATERAL];
/** The right lower limb below the hip line (foot included; the foot part, earlier, takes its own). */
export const LEG_LAT: Ring[] = rings(intersect(BODY_MP, below(HIP_CUT)));
/** The foot below the ankle. */
export const FOOT_LAT: Ring[] = rings(intersect(BODY_MP, below(ANKLE_CUT)));

// ---------------------------------------------------------------- the arm

/**
 * The right arm from the side, palm facing the thigh: the deltoid cap under the acromion, biceps
 * in front and triceps behind, the elbow (olecranon behind), the forearm with brachioradialis
 * making its front edge, to the wrist (the hand, drawn on its own, covers the arm's lower end).
 */
export const ARM_LAT: Ring = smoothClosed(
  [
    // the deltoid cap, under the acromion
    [-19, 140],
    [-10, 135.2],
    [0.5, 135.6],
    [8, 140.5],
    [12.8, 150],
    [14.6, 162],
    [13.8, 176],
    // the deltoid's front edge, then biceps
    [11.2, 190],
    [8.6, 203],
    [7.8, 214],
    [7.5, 226],
    [6.1, 240],
    [3, 253],
    [-1.2, 266],
    [-5.8, 278],
    // the bend of the elbow, brachioradialis, the radial border down to the wrist
    [-9, 289],
    [-7.2, 299],
    [-4.6, 311],
    [-4, 324],
    [-4.8, 338],
    [-6.6, 352],
    [-8.4, 366],
    [-9.4, 378],
    [-9.8, 389],
    // across, inside the hand
    [-13.5, 396],
    [-21.5, 398],
    [-29.5, 395.5],
    // the ulnar border up to the olecranon
    [-33.2, 387],
    [-33.4, 372],
    [-33.8, 356],
    [-34.6, 340],
    [-35.4, 322],
    [-35.8, 306],
    [-35.6, 294],
    // triceps and the posterior deltoid
    [-34.6, 280],
    [-35.2, 266],
    [-36.6, 250],
    [-37.2, 235],
    [-36.4, 221],
    [-34.8, 209],
    [-33.6, 197],
    [-33.2, 186],
    [-31.6, 172],
    [-27.8, 157],
  ],
  8,
);

/**
 * The hand in its own frame, as in ./figure.ts: t runs from the wrist crease toward the
 * fingertips, s toward the thumb (here: forward). Seen from its back, relaxed, the fingers
 * together; the finger lanes of the dorsal partition (s = -9.3, -0.6, 8.1) divide it.
 */
const HAND_LAT_LOCAL: Ring = smoothClosed(
  [
    // the top runs inside the forearm and leaves it at the wrist crease
    [-4, -10],
    [-9.6, -7],
    [-11.8, 0],
    [-13.8, 8],
    [-15.8, 18],
    [-17, 28],
    // the little finger's side, the fingertips, the index's side
    [-17.6, 38],
    [-17.2, 48],
    [-16.4, 57],
    [-15, 65],
    [-13, 71.5],
    [-10, 75.6],
    [-6.2, 79.2],
    [-2, 82.6],
    [2.4, 85],
    [6.4, 85.4],
    [10.2, 83.2],
    [13.2, 79.2],
    [15, 73],
    [15.8, 63],
    [16, 52],
    [16.2, 43],
    // the first web space, opening to the thumb
    [17.4, 36],
    [18.2, 27],
    [15.8, 14],
    [12.6, 4],
    [10.8, -3],
    [7, -8.5],
  ],
  6,
);
/**
 * The thumb, lying in front of the index: its metacarpal merges with the hand at the wrist, its
 * tip reaches the level of the index's middle joint.
 */
const THUMB_LAT_LOCAL: Ring = smoothClosed(
  [
    [7.6, 6],
    [12.4, 3.6],
    [16.2, 9],
    [19.4, 20],
    [21.8, 32],
    [22.6, 43],
    [21.6, 51],
    [18.8, 55],
    [15.6, 53.6],
    [14.6, 46],
    [13.8, 36],
    [11.2, 24],
    [8.6, 14],
  ],
  6,
);

/** The arm frame (shoulder to wrist) and the hand frame (from the wrist, along the forearm). */
export const ARM_FRAME_LAT: Frame = frameFrom(SHOULDER_L, WRIST_L);
export const HAND_FRAME_LAT: Frame = frameFrom(WRIST_L, [WRIST_L[0] + (WRIST_L[0] - ELBOW_L[0]), WRIST_L[1] + (WRIST_L[1] - ELBOW_L[1])]);
/** The leg frame (hip to ankle) and the foot frame (from the back of the heel along the sole; s points up). */
export const LEG_FRAME_LAT: Frame = frameFrom(HIP_L, ANKLE_L);
export const FOOT_FRAME_LAT: Frame = { origin: HEEL_L, axis: [1, 0] };

/** From a frame's (s, t) to body coordinates. */
export function fromFrame(frame: Frame, ring: readonly Point[]): Ring {
  const { origin, axis } = frame;
  return ring.map(([s, t]) => [origin[0] + axis[0] * t + axis[1] * s, origin[1] + axis[1] * t - axis[0] * s] as Point);
}
/** From body coordinates to a frame's (s, t). */
export function toFrame(frame: Frame, pts: readonly Point[]): Point[] {
  const { origin, axis } = frame;
  return pts.map(([x, y]) => {
    const dx = x - origin[0];
    const dy = y - origin[1];
    return [dx * axis[1] - dy * axis[0], dx * axis[0] + dy * axis[1]] as Point;
  });
}

export const HAND_LAT: Ring = fromFrame(HAND_FRAME_LAT, HAND_LAT_LOCAL);
export const THUMB_LAT: Ring = fromFrame(HAND_FRAME_LAT, THUMB_LAT_LOCAL);

/**
 * The outline of the hanging arm with its hand and thumb. The arm lies inside the body's
 * silhouette in this view, so the figure's outline does not show it: a drawing of the view
 * strokes this line (and THUMB_LAT over the hand) as surface anatomy.
 */
export const ARM_OUTLINE_LAT: Ring[] = rings(
  union([[[...ARM_LAT, ARM_LAT[0]!]]], [[[...HAND_LAT, HAND_LAT[0]!]]], [[[...THUMB_LAT, THUMB_LAT[0]!]]]),
);
