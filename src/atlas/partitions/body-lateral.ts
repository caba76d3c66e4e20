/**
 * How the right lateral whole-body view (../views-lateral.ts, figure in ../figure-lateral.ts) is
 * cut into regions. See ../parts.ts for rows, cells, boundaries and patches.
 *
 * Boundaries are written in BODY coordinates of the lateral figure (x toward the face, y down)
 * and carried into each part's frame by `inFrame`, so they can be read against the figure: the
 * trunk's frame is VERTICAL (the same numbers), the arm's runs shoulder to wrist, the leg's hip
 * to ankle, the hand's from the wrist along the forearm (its partition is written in the hand's
 * own frame, like the hand of ../figure.ts), the foot's from the back of the heel along the sole.
 *
 * Only skin a viewer on the patient's right really sees is drawn: the arm hangs over the side of
 * the chest and the waist, so the axilla, the mid-axillary line and most of the lumbar paraspinal
 * skin are under it; the medial surfaces of the limbs are out of view, and midline skin shows only
 * where the profile presents it (the throat, the lips and chin, from the head-lateral partition).
 */
import { ARM_FRAME_LAT, ASIS_L, FOOT_FRAME_LAT, GREATER_TROCHANTER_L, LEG_FRAME_LAT, toFrame } from '../figure-lateral';
import { INF, R, type Boundary, type Frame, type Partition, type Patch } from '../parts';
import type { Point } from '../types';

/** Body-coordinate points carried into a frame (for a row: x increasing; for a cell: y increasing along the part). */
const inFrame =
  (frame: Frame) =>
  (pts: readonly Point[]): Boundary =>
    toFrame(frame, pts);
const ellipsePoints = ([cx, cy]: Point, rx: number, ry: number, rot = 0, n = 10): Point[] => {
  const c = Math.cos(rot);
  const s = Math.sin(rot);
  return Array.from({ length: n }, (_, i) => {
    const a = (i / n) * 2 * Math.PI;
    const x = Math.cos(a) * rx;
    const y = Math.sin(a) * ry;
    return [cx + x * c - y * s, cy + x * s + y * c] as Point;
  });
};
const patchIn = (frame: Frame, region: string, pts: readonly Point[]): Patch => ({ region, points: toFrame(frame, pts) });

// ---------------------------------------------------------------- trunk (VERTICAL: s = x, t = y)

/** The iliac crest, ASIS (front) to PSIS (back), as a curve y = f(x); the crest band is ±6 about it. */
const CREST: Point[] = [
  [-48, 352],
  [-38, 338],
  [-25, 329],
  [-12, 324.5],
  [0, 324],
  [12, 327.5],
  [24, 335],
  ASIS_L,
];
const crestBand = (dy: number, frontY: number): Point[] => [[-70, CREST[0]![1] + dy + 6], ...CREST.map(([x, y]) => [x, y + dy] as Point), [40, frontY], [70, frontY]];

// Lanes of the side of the trunk, as x = f(y).
/**
 * Behind the arm: the infraspinous fossa, then the lateral border of the scapula, running down
 * and back from the axilla to the inferior angle, then the posterior axillary fold.
 */
const INFRASPINOUS_EDGE: Point[] = [[-31, 150], [-34, 165], [-40, 180], [-48, 196], [-56, 212], [-64, 228]];
const SCAPULA_EDGE: Point[] = [[-29, 165], [-31, 180], [-34.4, 192], [-40, 205], [-47, 218], [-55, 231]];
/** Hidden under the arm: where the back of the trunk meets the front. */
const UNDER_ARM: Point[] = [[-12, 150], [-13, 220], [-15, 290], [-16, 330]];
/** The front edge of the lateral chest wall (the anterior axillary line, the lateral border of pectoralis major and of the breast). */
const ANTERIOR_AXILLARY: Point[] = [[36, 196], [36.4, 222], [35.8, 245]];
/** The lateral border of the upper abdomen under the costal margin, then of the paraumbilical skin. */
const HYPOCHONDRIUM_EDGE: Point[] = [[27, 235], [28, 262], [30, 292]];
const PARAUMBILICAL_EDGE: Point[] = [[36.4, 280], [37.4, 305], [37, 340]];
/** The hip: the gluteus maximus's upper front border (buttock | lateral buttock), the posterior border of tensor fasciae latae (lateral buttock | anterior hip), the front lane (groin, iliac fossa). */
const GLUTEAL_EDGE: Point[] = [[-30, 330], [-27, 362], [-21, 394], [-12, 428]];
const TFL_EDGE: Point[] = [[7, 326], [8.4, 358], [10.8, 388], [13, 420]];
const GROIN_LANE: Point[] = [[37.4, 350], [34.6, 366], [31, 382], [28, 394]];

export const TRUNK_LATERAL: Partition = {
  patches: [
    // the breast and nipple area, on the front edge of the chest
    { region: 'breast', points: ellipsePoints([47.5, 207], 13, 14.5, 0.15) },
    // the greater trochanter, in front of the hand
    { region: 'greater-trochanter', points: ellipsePoints([GREATER_TROCHANTER_L[0] + 0.5, GREATER_TROCHANTER_L[1]], 12.5, 13, 0.2) },
  ],
  grid: [
    // the bottom of the head-lateral partition (above the scapular spine behind, under the clavicle in front) carried a little
    // lower, so that the flat lower edge of the head profile is not a region boundary
    R([[-70, 181], [-52, 177], [-38, 173.6], [-25, 172.6], [14, 173], [30, 174.6], [45, 177.2], [70, 181]], 'suprascapular', UNDER_ARM, 'infraclavicular'),
    // the chest: the scapula and the posterior axillary fold behind the arm, the pectoral in front
    R([[-70, 230], [-50, 226], [-35, 221], [-20, 214], [0, 209], [20, 206.5], [70, 206]], 'infraspinous', INFRASPINOUS_EDGE, 'lateral-scapula', SCAPULA_EDGE, 'posterior-axilla', UNDER_ARM, 'pectoral'),
    // the lower chest, down to the costal margin (which descends from the front to the back)
    R([[-70, 292], [-30, 287], [-12, 278], [5, 266], [20, 254.5], [35, 243.5], [70, 237]], 'posterior-ribs', UNDER_ARM, 'lateral-chest', ANTERIOR_AXILLARY, 'costal-margin'),
    // the upper abdomen under the ribs
    R([[-70, 302], [0, 297], [30, 291], [70, 288]], 'low-back', UNDER_ARM, 'flank', HYPOCHONDRIUM_EDGE, 'hypochondrium'),
    // the waist, down to the iliac crest
    R(crestBand(-6, 340), 'low-back', UNDER_ARM, 'flank', PARAUMBILICAL_EDGE, 'paraumbilical'),
    // the iliac crest in thirds: posterior, middle (the side of the waist), anterior (ASIS); the iliac fossa in front
    R(
      crestBand(6, 353),
      'posterior-iliac-crest',
      [[-23, 319], [-21.6, 328], [-19.8, 338]],
      'iliac-crest-middle',
      [[5, 317.5], [6, 327], [7.6, 336]],
      'anterior-iliac-crest',
      [[35, 330], [36.4, 342], [37.4, 352]],
      'iliac-fossa',
    ),
    // below the crest: the upper buttock, gluteus medius (lateral buttock), tensor fasciae latae (anterior hip)
    R([[-70, 386], [-52, 389], [-36, 394], [-20, 398], [-8, 397], [10, 389], [30, 373], [70, 371]], 'upper-buttock', GLUTEAL_EDGE, 'lateral-buttock', TFL_EDGE, 'anterior-hip', GROIN_LANE, 'iliac-fossa'),
    // the buttock, and over the greater trochanter (its patch rounds the top) down to the hip line
    R([[-70, 417], [-55, 419.5], [-40, 425.5], [-25, 430], [-10, 432], [70, 432]], 'buttock', GLUTEAL_EDGE, 'greater-trochanter', TFL_EDGE, 'anterior-hip', GROIN_LANE, 'groin'),
    R(INF, 'lower-buttock', GLUTEAL_EDGE, 'greater-trochanter', TFL_EDGE, 'anterior-hip', GROIN_LANE, 'groin'),
  ],
};

// ---------------------------------------------------------------- arm (shoulder to wrist)

const A = inFrame(ARM_FRAME_LAT);
/** The deltoid's borders: posterior deltoid | lateral deltoid | anterior deltoid (anterior shoulder). */
const POSTERIOR_DELTOID_EDGE = A([[-17, 136], [-21.6, 160], [-24.4, 185], [-25.6, 212]]);
const ANTERIOR_DELTOID_EDGE = A([[1.6, 136], [4.2, 160], [3.2, 185], [0, 212]]);
/** Down the arm: triceps | lateral arm | biceps. */
const TRICEPS_EDGE = A([[-25.6, 205], [-24.8, 240], [-26, 280]]);
const BICEPS_EDGE = A([[-2.4, 205], [-6, 240], [-12.5, 280], [-15, 292]]);
/** Down the forearm: dorsal forearm (the extensors) | radial forearm (brachioradialis, the front edge). */
const RADIAL_EDGE = A([[-18.8, 284], [-18.6, 310], [-18.2, 340], [-18, 365], [-18.4, 395]]);

export const ARM_LATERAL: Partition = {
  patches: [
    // the acromion: the bony point on top of the shoulder cap
    // (placed under the head-lateral partition's acromion, behind the neck, so the two pieces are one region)
    patchIn(ARM_FRAME_LAT, 'acromion', ellipsePoints([-8, 140.2], 14, 7.8, -0.04)),
    // the olecranon, the back point of the elbow
    patchIn(ARM_FRAME_LAT, 'olecranon', ellipsePoints([-35, 293.5], 8.4, 12, 0.05)),
    // the lateral epicondyle, at the side of the elbow
    patchIn(ARM_FRAME_LAT, 'lateral-epicondyle', ellipsePoints([-22, 289.5], 7.6, 9.4, 0.1)),
    // the head and styloid of the ulna, at the back edge of the wrist, down to where the hand begins
    patchIn(ARM_FRAME_LAT, 'ulnar-styloid', ellipsePoints([-31.6, 381.4], 4.4, 7.4)),
  ],
  grid: [
    // the deltoid, down to its V-shaped insertion at mid-arm
    R(A([[-60, 204], [-34, 209], [-20, 222], [-12, 228], [-4, 223], [8, 207], [30, 200]]), 'posterior-deltoid', POSTERIOR_DELTOID_EDGE, 'lateral-deltoid', ANTERIOR_DELTOID_EDGE, 'anterior-shoulder'),
    // the arm: triceps behind, the lateral arm, biceps in front, down to the bend of the elbow
    R(A([[-60, 282], [-36, 283], [-28, 290], [-18, 286.5], [-8, 287.5], [20, 289]]), 'posterior-arm', TRICEPS_EDGE, 'lateral-arm', BICEPS_EDGE, 'anterior-arm'),
    // the forearm, proximal and distal halves of the extensors, brachioradialis in front
    R(A([[-60, 340], [-20, 343], [20, 341]]), 'dorsal-forearm-proximal', RADIAL_EDGE, 'radial-forearm'),
    R(A([[-60, 373], [-20, 376], [20, 374]]), 'dorsal-forearm-distal', RADIAL_EDGE, 'radial-forearm'),
    // the wrist
    R(INF, 'dorsal-wrist', RADIAL_EDGE, 'radial-wrist'),
  ],
};

// ---------------------------------------------------------------- hand (hand frame: s toward the thumb, t toward the fingertips)

export const HAND_LATERAL: Partition = {
  // (the first web space is under the adducted thumb in this view)
  grid: [
    // the back of the hand to the knuckles (the middle knuckle lowest)
    R([[-20, 38.5], [-9, 40.6], [0, 41.6], [9, 40.6], [20, 38.5]], 'dorsal-hand-ulnar', [[-1.4, -10], [-1.2, 20], [-0.8, 40]], 'dorsal-hand-radial'),
    // the fingers, side by side
    R(INF, 'dorsal-little', [[-9.6, 38], [-9.3, 60], [-8.6, 80]], 'dorsal-ring', [[-0.8, 40], [-0.6, 62], [-0.4, 88]], 'dorsal-middle', [[8.2, 40], [8.1, 62], [7.6, 86]], 'dorsal-index'),
  ],
};

/** The thumb: its base (the first carpometacarpal joint, at the wrist), then its back. */
export const THUMB_LATERAL: Partition = { grid: [R([[0, 17], [12, 16], [24, 14]], 'thumb-base'), R(INF, 'dorsal-thumb')] };

// ---------------------------------------------------------------- leg (hip to ankle)

const Lg = inFrame(LEG_FRAME_LAT);
/**
 * Lanes down the leg, following its back and front contours: behind, the hamstrings, the back of
 * the knee and the calf; in front, the quadriceps, the front of the knee and the shin.
 */
const LEG_BACK_LANE = Lg([[-30.4, 430], [-29.4, 470], [-27.6, 500], [-24.8, 530], [-21.4, 558], [-18.4, 580], [-17.2, 600], [-17.2, 625], [-16.4, 660], [-13.8, 700], [-11.2, 730], [-10.6, 745]]);
const LEG_FRONT_LANE = Lg([[25, 395], [27, 440], [27.2, 470], [25.4, 505], [21.6, 540], [18.8, 565], [19.6, 590], [18.6, 610], [16.8, 630], [14.6, 660], [12.2, 700], [9.8, 735], [8.6, 750]]);
/** Behind and in front of the lateral malleolus. */
const ACHILLES_LANE = Lg([[-10, 740], [-11.4, 760], [-10.4, 778]]);
const ANKLE_FRONT_LANE = Lg([[5, 742], [6.8, 762], [5.4, 778]]);

export const LEG_LATERAL: Partition = {
  patches: [
    // the patella, on the front of the knee
    patchIn(LEG_FRAME_LAT, 'patella', ellipsePoints([26.5, 588.5], 9.5, 12.6, -0.05)),
    // the head of the fibula, below the lateral joint line and toward the back
    patchIn(LEG_FRAME_LAT, 'fibular-head', ellipsePoints([-10.8, 620.6], 8.4, 7.8, 0.2)),
    // the tibial tuberosity: the bump on the front of the leg where the patellar tendon ends
    patchIn(LEG_FRAME_LAT, 'tibial-tuberosity', ellipsePoints([28.6, 621.6], 5.2, 6.2)),
  ],
  grid: [
    // the upper thigh, to the middle of the thigh (a cross-section bowing toward the viewer)
    R(Lg([[-60, 489], [-20, 494], [0, 495], [20, 494], [60, 489]]), 'posterior-thigh-upper', LEG_BACK_LANE, 'lateral-thigh-upper', LEG_FRONT_LANE, 'anterior-thigh-upper'),
    // the lower thigh, to a hand's breadth above the joint line
    R(Lg([[-60, 561], [-20, 566], [0, 567], [20, 565], [60, 561]]), 'posterior-thigh-lower', LEG_BACK_LANE, 'lateral-thigh-lower', LEG_FRONT_LANE, 'anterior-thigh-lower'),
    // the knee: the back of the knee; the lateral femoral condyle above the joint line, the joint line; above and below the patella
    R(Lg([[-60, 592], [0, 594.5], [60, 593]]), 'popliteal-fossa-lateral', LEG_BACK_LANE, 'lateral-femoral-condyle', LEG_FRONT_LANE, 'suprapatellar'),
    R(Lg([[-60, 609], [-20, 612], [0, 613], [20, 612], [60, 609]]), 'popliteal-fossa-lateral', LEG_BACK_LANE, 'lateral-joint-line', LEG_FRONT_LANE, 'infrapatellar'),
    // below the joint: the top of the calf, the fibular head (patch), the patellar tendon to the tibial tuberosity
    R(Lg([[-60, 628], [-20, 631], [0, 632], [20, 631], [60, 628]]), 'calf-upper-lateral', LEG_BACK_LANE, 'lateral-leg-upper', LEG_FRONT_LANE, 'infrapatellar'),
    // the leg: calf, the fibular compartment, the shin
    R(Lg([[-60, 684], [-20, 689], [0, 690], [20, 688], [60, 684]]), 'calf-upper-lateral', LEG_BACK_LANE, 'lateral-leg-upper', LEG_FRONT_LANE, 'anterior-shin-upper'),
    R(Lg([[-60, 736.5], [-24, 737.5], [-16, 740], [-10, 745.6], [-5.5, 751.6], [-1.5, 753.6], [2.5, 752.2], [6.5, 748], [11, 744], [18, 741.6], [60, 740.5]]), 'calf-lower', LEG_BACK_LANE, 'lateral-leg-lower', LEG_FRONT_LANE, 'anterior-shin-lower'),
    // the ankle: the Achilles tendon, the lateral malleolus, the front of the ankle
    R(INF, 'achilles', ACHILLES_LANE, 'lateral-malleolus', ANKLE_FRONT_LANE, 'anterior-ankle'),
  ],
};

// ---------------------------------------------------------------- foot (t from the back of the heel along the sole, s up)

const Ft = inFrame(FOOT_FRAME_LAT);
/** A row boundary of the foot runs up from the sole: listed from the sole upward (s increasing). */
const up = (pts: Point[]) => Ft([...pts].sort((a, b) => b[1] - a[1]));

export const FOOT_LATERAL: Partition = {
  patches: [
    // the sinus tarsi: the hollow in front of the tip of the lateral malleolus
    patchIn(FOOT_FRAME_LAT, 'sinus-tarsi', ellipsePoints([14, 778.5], 9, 6.2, 0.25)),
    // the base of the fifth metatarsal: the bump on the lateral border halfway along the foot, above the sole
    patchIn(FOOT_FRAME_LAT, 'fifth-metatarsal-base', ellipsePoints([27.5, 790.8], 6.5, 4, 0.02)),
  ],
  grid: [
    // the back of the heel
    R(up([[-19.6, 801], [-21.4, 790], [-20.6, 780], [-17.4, 770]]), 'posterior-heel'),
    // the side of the heel, below the malleolus
    R(up([[13, 801], [9.4, 790], [5.4, 780], [3.4, 772]]), 'lateral-heel'),
    // the midfoot: the lateral border along the sole (the fifth metatarsal), the dorsum over the fifth metatarsal above
    R(up([[73.5, 801], [75, 795], [76.5, 788]]), 'lateral-foot', Ft([[0, 791.6], [30, 792.4], [55, 793.8], [76, 795]]), 'dorsal-fifth-metatarsal'),
    // the toes: the little toe, and the tips of the toes beyond it (the big toe in front)
    R(up([[86.5, 801], [87, 795], [86.5, 789]]), 'dorsal-fifth-toe'),
    R(INF, 'dorsal-big-toe'),
  ],
};
