/**
 * The figure: an adult drawn for this project in true proportions (eight heads tall).
 * Units: the head (vertex to chin) is 100 units; the soles are at y = 800.
 * Body coordinates put the midline at x = 0 with the patient's RIGHT side at +x; views flip
 * this as needed (the anterior view shows the patient's right on the viewer's left).
 * Paired parts are drawn for the right side and mirrored for the left.
 */
import { capsule, digitRing, ellipse, smoothClosed } from './geometry';
import { frameFrom, place } from './parts';
import type { Point, Ring } from './types';

/** Mirrors a right-half outline (listed from the top midline down the side) into a full, symmetric ring. */
function symmetric(half: readonly Point[]): Point[] {
  const left = half
    .slice(1, -1)
    .reverse()
    .map(([x, y]) => [-x, y] as Point);
  return [...half, ...left];
}

/** Head seen from the front or the back (ears excluded). */
export const HEAD: Ring = smoothClosed(
  symmetric([
    [0, -1],
    [15, 1],
    [26, 8],
    [32, 20],
    [34, 34],
    [33.5, 48],
    [32, 60],
    [29, 72],
    [25, 83],
    [18, 93],
    [9, 99.5],
    [0, 101],
  ]),
  6,
);

export const EAR: Ring = ellipse(33.5, 54, 5, 11.5, 24, -0.15);

/** Neck and trunk down to the hips (the thighs are laid over its lower edge). */
export const TRUNK: Ring = smoothClosed(
  symmetric([
    [0, 80],
    [20, 84],
    [22.5, 98],
    [25, 109],
    [32, 118],
    [50, 125],
    [68, 131],
    [82, 136],
    [86, 146],
    [80, 165],
    [72, 190],
    [69, 215],
    [66, 245],
    [62, 280],
    [64, 305],
    [70, 330],
    [75, 355],
    [70, 390],
    [40, 410],
    [0, 418],
  ]),
  5,
);

/** Shoulder joint, elbow and wrist centres of the right arm (slightly abducted, palm forward). */
export const SHOULDER: Point = [84, 153];
export const ELBOW: Point = [107, 298];
export const WRIST: Point = [128, 406];

/**
 * The right arm as one outline, drawn in the shoulder-to-wrist frame as [s, t]: t along the arm
 * from the shoulder joint (the elbow at t ≈ 147, the wrist at t ≈ 257), s across it, positive
 * lateral. The lateral contour swells over the deltoid, dips at its insertion, runs over
 * brachialis and the lateral epicondyle, swells again over brachioradialis and the wrist
 * extensors and tapers to the wrist; the medial contour follows biceps and triceps, the medial
 * epicondyle and the forearm flexor mass. No stretch of it is straight.
 */
const ARM_OUTLINE: Point[] = [
  [0, -18.6],
  [9.5, -15],
  [16, -7],
  [18.8, 4],
  [19.6, 18],
  [18.4, 34],
  [16.2, 48],
  [14.6, 58],
  [14.4, 66],
  [15.2, 80],
  [15.4, 96],
  [14.6, 112],
  [13.0, 126],
  [12.2, 138],
  [12.8, 148],
  [13.8, 160],
  [14.1, 172],
  [13.7, 184],
  [12.7, 196],
  [11.5, 208],
  [10.5, 220],
  [9.9, 232],
  [9.9, 244],
  [9.8, 252],
  [8.8, 258],
  [0, 263],
  [-9.0, 258],
  [-10.2, 250],
  [-10.3, 240],
  [-10.6, 228],
  [-11.6, 214],
  [-13.0, 200],
  [-14.3, 186],
  [-15.2, 174],
  [-15.3, 162],
  [-15.9, 152],
  [-15.5, 144],
  [-14.7, 134],
  [-14.8, 124],
  [-15.6, 112],
  [-16.4, 100],
  [-16.7, 86],
  [-16.4, 72],
  [-16.4, 58],
  [-17.0, 44],
  [-18.2, 30],
  [-18.9, 16],
  [-18.8, 4],
  [-16, -8],
  [-9.5, -15.5],
];
export const ARM: Ring[] = [place(smoothClosed(ARM_OUTLINE, 8), SHOULDER, frameFrom(SHOULDER, WRIST).axis)];

/** Hand in its own frame: t runs from the wrist crease toward the fingertips, s toward the thumb. */
export const HAND_PALM: Ring = smoothClosed(
  [
    [-13, -2],
    [-16, 14],
    [-17.5, 30],
    [-16, 40],
    [-5, 44],
    [6, 45],
    [15, 42],
    [16, 30],
    [14, 16],
    [12, 2],
    [0, -3],
  ],
  5,
);
/** The fingers, each fuller over its two finger joints (../partitions/upper-limb.ts keeps their axes and radii). */
export const HAND_FINGERS: Ring[] = [
  digitRing([12, 40], 4.4, [13.5, 76], 3.6), // index
  digitRing([3.8, 42], 4.6, [4.2, 82], 3.8), // middle
  digitRing([-5, 41], 4.4, [-6.2, 78], 3.6), // ring
  digitRing([-13, 37], 3.9, [-15.6, 67], 3.2), // little
];
/** The thumb from its base at the wrist, fuller over the MCP and IP joints. */
export const HAND_THUMB: Ring = digitRing([13, 10], 6.5, [27, 40], 4.2, [0.52, 0.83], 0.07);
/**
 * A short stub of distal forearm, drawn in the hand insets so the wrist regions show: narrowest
 * just above the wrist crease, widening toward the elbow; its far end is where the inset cuts
 * the forearm off.
 */
export const HAND_WRIST_STUB: Ring = [
  ...[
    [-13.3, 1],
    [-13, -3],
    [-12.7, -7],
    [-12.7, -11],
    [-13, -16],
    [-13.5, -21],
    [-14, -26],
    [-14.4, -32],
  ].map(([x, y]) => [x, y] as Point),
  ...[
    [13.8, -32],
    [13.4, -26],
    [13, -21],
    [12.6, -16],
    [12.4, -11],
    [12.4, -7],
    [12.6, -3.5],
    [13.6, -0.8],
    [15.6, 2.2],
    [17.2, 5.2],
  ].map(([x, y]) => [x, y] as Point),
];

/**
 * Right lower limb from the groin crease to the ankle. Laterally: the hip over the greater
 * trochanter, vastus lateralis, the lateral femoral condyle, the calf and the lateral malleolus;
 * medially: the adductors, vastus medialis and the medial knee, the medial head of
 * gastrocnemius (the calf's fullest curve) and the medial malleolus.
 */
export const LOWER_LIMB: Ring = smoothClosed(
  [
    [72, 348],
    [78, 372],
    [81.5, 398],
    [81.6, 420],
    [80.2, 445],
    [79.6, 470],
    [78.8, 490],
    [76.4, 515],
    [72.6, 540],
    [68.8, 560],
    [67.2, 576],
    [67.8, 594],
    [69.8, 614],
    [71, 636],
    [70.2, 660],
    [67, 688],
    [62.6, 714],
    [59.4, 736],
    [58, 752],
    [57, 766],
    [37, 766],
    [35.4, 750],
    [33.6, 732],
    [30.4, 710],
    [26.6, 688],
    [23.4, 664],
    [22.2, 644],
    [22.8, 626],
    [24.6, 610],
    [25.8, 596],
    [25.6, 582],
    [24.2, 566],
    [21.6, 540],
    [17.8, 510],
    [13, 480],
    [8.4, 456],
    [5, 436],
    [2.5, 419],
    [24, 398],
    [50, 372],
  ],
  8,
);
export const HIP: Point = [40, 400];
export const ANKLE: Point = [47, 765];

/**
 * The five toes of the foot seen from the front, as their floor-side outline from the lateral
 * side of the little toe to the medial side of the big toe: each toe the lower half of an
 * ellipse resting on the floor, [medial x, lateral x, floor y, height]; the gaps between them
 * (x = 40, 47, 53.6, 59.6) are where neighbouring toes meet.
 */
function frontToes(): Point[] {
  const toes: [number, number, number, number][] = [
    [27.5, 40, 802.3, 7],
    [40, 47, 801.8, 5.6],
    [47, 53.6, 801.3, 5.1],
    [53.6, 59.6, 800.8, 4.7],
    [59.6, 66.5, 800.2, 4.4],
  ];
  const out: Point[] = [];
  for (let i = toes.length - 1; i >= 0; i--) {
    const [x0, x1, floor, h] = toes[i]!;
    const cx = (x0 + x1) / 2;
    const rx = ((x1 - x0) / 2) * 1.05;
    const cy = floor - h;
    // From the lateral end to the medial end, through the floor (angle 0 = lateral, π/2 = floor).
    const a0 = i === toes.length - 1 ? 0 : Math.acos((x1 - cx) / rx);
    const a1 = i === 0 ? Math.PI : Math.acos((x0 - cx) / rx);
    const steps = Math.max(4, Math.round(((a1 - a0) * (rx + h)) / 2 / 0.9));
    for (let k = 0; k <= steps; k++) {
      if (k === 0 && i !== toes.length - 1) continue; // the gap point is shared
      const a = a0 + ((a1 - a0) * k) / steps;
      out.push([cx + rx * Math.cos(a), cy + h * Math.sin(a)]);
    }
  }
  return out;
}

/**
 * The foot as seen from the front (the dorsum foreshortened): the ankle with its malleoli (the
 * medial one higher), the foot widening to the forefoot, and five toes resting on the floor with
 * the big toe medial. Its top lies inside the lower end of LOWER_LIMB.
 */
export const FOOT_FRONT: Ring = smoothClosed(
  [
    [36.2, 757.5],
    [40, 757],
    [54, 757],
    [57.4, 757.5],
    [58.1, 760],
    [59.4, 764.5],
    [59.2, 770],
    [61.5, 777.5],
    [65, 785.5],
    [66.9, 790.5],
    ...frontToes(),
    [27.6, 790.5],
    [29.2, 784.5],
    [32.6, 776],
    [34.7, 768.5],
    [34.2, 763],
    [35.2, 759.6],
  ],
  5,
);
/**
 * The foot as seen from behind: the ankle with its malleoli (the medial one higher), the heel
 * below it resting on its pad, and the forefoot showing past the heel on either side at the floor.
 * Its top lies inside the lower end of LOWER_LIMB.
 */
export const FOOT_BACK: Ring = smoothClosed(
  [
    [36.2, 757.5],
    [40, 757],
    [54, 757],
    [57.4, 757.5],
    [58.1, 760],
    [59.5, 764.5],
    [58.8, 771],
    [59.2, 778],
    [61.3, 787],
    [62.7, 795],
    [61.5, 799.8],
    [56, 801.6],
    [47, 802.6],
    [38, 801.6],
    [32.5, 800.4],
    [30.7, 796],
    [32.1, 789],
    [34.5, 781.5],
    [35.1, 773],
    [34.8, 767.5],
    [34.2, 762.5],
    [35.2, 759.6],
  ],
  5,
);

/**
 * The right foot from above, in its own frame: t runs from the back of the heel to the toes,
 * s toward the little toe (lateral).
 */
export const FOOT_SOLE: Ring = smoothClosed(
  [
    [0, -1],
    [10, 3],
    [14, 16],
    [16, 40],
    [19, 62],
    [21, 78],
    [15, 86],
    [0, 88],
    [-12, 90],
    [-20, 84],
    [-18, 66],
    [-13, 44],
    [-12, 22],
    [-10, 4],
  ],
  5,
);
export const FOOT_TOES: Ring[] = [
  capsule([-13, 86], 7.5, [-12.5, 110], 6.6, 6),
  capsule([-2.4, 86], 4.4, [-1.5, 108], 3.8, 6),
  capsule([5.2, 84], 4.2, [6.8, 103], 3.6, 6),
  capsule([11.4, 81], 4, [13.4, 97], 3.4, 6),
  capsule([16.8, 77], 3.7, [19.4, 90], 3.1, 6),
];

/**
 * The head and neck in right lateral view, in its own frame: y as in the body, x positive toward
 * the face (the face looks to the viewer's right), 0 at the ear.
 */
export const HEAD_PROFILE: Ring = smoothClosed(
  [
    [-2, -1],
    [14, 1],
    [27, 9],
    [35, 22],
    [38.5, 35],
    [37, 41],
    [41, 48],
    [47, 57],
    [42, 62],
    [42.5, 68],
    [40, 73],
    [41.5, 78],
    [37.5, 84],
    [38.5, 93],
    [33, 101],
    [22, 103.5],
    [15, 107],
    [15, 120],
    [17, 134],
    [22, 148],
    [27, 160],
    [28, 170],
    [-52, 170],
    [-54, 158],
    [-46, 142],
    [-36, 124],
    [-32, 106],
    [-36, 90],
    [-44, 74],
    [-48, 56],
    [-46, 34],
    [-36, 14],
    [-20, 3],
  ],
  5,
);
export const EAR_PROFILE: Ring = smoothClosed(
  [
    [-6, 42],
    [0, 45],
    [1.5, 52],
    [0, 60],
    [-3, 68],
    [-8, 70],
    [-11, 64],
    [-12.5, 54],
    [-11, 45],
  ],
  5,
);
