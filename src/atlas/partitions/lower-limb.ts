/**
 * How the lower limb (in the hip-to-ankle frame) and the foot (whole-body views, and the foot
 * frame of the close views) are cut into regions. See ../parts.ts for rows, cells, boundaries
 * and patches.
 *
 * Limb frame: origin at the hip joint, t down the limb to the ankle (knee joint line t ≈ 200,
 * ankle t ≈ 365), s across it, positive = lateral. The whole-body feet use a frame at the ankle
 * (t = y − 765 straight down, s = x − 47, lateral +). The close foot views use the foot frame:
 * t from the back of the heel (0) to the toes (≈ 110), s toward the little toe.
 *
 * Boundaries follow surface anatomy: the inguinal crease, sartorius and adductor longus, the
 * iliotibial band, the patella and its tendon, the knee joint line, the popliteal crease and the
 * hamstring and gastrocnemius borders of the popliteal fossa, the tibial crest, the fibularis
 * septum, the lower border of the gastrocnemius heads, the Achilles tendon, the malleoli, the
 * ankle crease, the tarsometatarsal line, the metatarsal heads and the toe clefts.
 */
import * as F from '../figure';
import { frameFrom, INF, R, type Partition, type Patch } from '../parts';
import type { Point } from '../types';

// ---------------------------------------------------------------- helpers

/** A round patch: points on an ellipse (centre, radii across and along the part). */
function oval(region: string, [cs, ct]: Point, rs: number, rt: number, n = 12): Patch {
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    points.push([cs + Math.cos(a) * rs, ct + Math.sin(a) * rt]);
  }
  return { region, points };
}

const LIMB = frameFrom(F.HIP, F.ANKLE);
/** From body coordinates to the limb frame. */
function limb([x, y]: Point): Point {
  const dx = x - LIMB.origin[0];
  const dy = y - LIMB.origin[1];
  return [dx * LIMB.axis[1] - dy * LIMB.axis[0], dx * LIMB.axis[0] + dy * LIMB.axis[1]];
}
/** From body coordinates to the whole-body foot frame (origin at the ankle, axis straight down). */
function foot([x, y]: Point): Point {
  return [x - F.ANKLE[0], y - F.ANKLE[1]];
}
/** From the limb frame to the whole-body foot frame (a curve drawn in one is the same curve in the other). */
function limbToFoot(pts: readonly Point[]): Point[] {
  return pts.map(([s, t]) => foot([LIMB.origin[0] + LIMB.axis[0] * t + LIMB.axis[1] * s, LIMB.origin[1] + LIMB.axis[1] * t - LIMB.axis[0] * s]));
}

// ---------------------------------------------------------------- the ankle, shared by the limb and the whole-body foot
// The foot part owns the skin below its top (inside the lower end of the limb) and the limb the
// skin above, so the ankle's curves are drawn once and carried into both frames, and both
// partitions list the same rows around the ankle: regions run on across the seam wherever it is.

/** Malleoli, body coordinates (the medial higher and further forward, the lateral lower). */
const MEDIAL_MALLEOLUS: Point = [35.8, 760.5];
const LATERAL_MALLEOLUS: Point = [59.2, 764.5];
const malleoli = (to: (p: Point) => Point): Patch[] => [
  oval('medial-malleolus', to(MEDIAL_MALLEOLUS), 4.5, 5.5),
  oval('lateral-malleolus', to(LATERAL_MALLEOLUS), 4.5, 5.8),
];
/** The top of the anterior ankle: the upper edge of the extensor retinaculum, bowing down at the front. */
const ANKLE_TOP_BODY: Point[] = [[28, 744], [38, 747], [47, 748.5], [56, 747], [66, 744]];
/** Behind, where soleus gives way to the Achilles tendon. */
const SOLEUS_END_BODY: Point[] = [[28, 738], [38, 742], [47, 745], [56, 742], [66, 738]];

const ankleLimb = (pts: Point[]) => pts.map(limb);
/** A line through the malleoli (whole-body foot frame): above it the leg's regions run on down, below it the foot's borders begin. */
const MALLEOLI_LINE = (): Point[] => {
  const [m, l] = [foot(MEDIAL_MALLEOLUS), foot(LATERAL_MALLEOLUS)];
  return [[-22, m[1]], m, [0, -3], l, [22, l[1]]];
};
/** From the whole-body foot frame to the limb frame. */
const footToLimb = (pts: readonly Point[]): Point[] => pts.map(([s, t]) => limb([s + F.ANKLE[0], t + F.ANKLE[1]]));

// ---------------------------------------------------------------- anterior limb

/** Bottom of the groin: a band under the inguinal crease (the trunk draws the groin above it), ending laterally at the anterior hip. */
const GROIN = [[-42, 28], [-30, 19.5], [-18, 7.5], [-8, -2], [2, -11], [12, -20], [30, -30], [44, -30]] as Point[];
/** Between the groin and the anterior hip, down the crease. */
const GROIN_LATERAL = [[2, -30], [-2, -12], [-6, 2], [-9, 14]] as Point[];
/** Lower edge of the anterior hip: the hip region gives way to the thigh two fingers below the crease. */
const HIP_LOW = [[-44, 40], [-26, 29], [-10, 21], [6, 15], [20, 11], [32, 9], [46, 8]] as Point[];
/**
 * Medial border of the anterior thigh: adductor longus from the pubis to the apex of the femoral
 * triangle, sartorius spiralling on toward the medial knee, then the lateral border of the vastus
 * medialis teardrop down to the suprapatellar pouch.
 */
const SARTORIUS = [[-30, 20], [-22, 36], [-15, 60], [-11.5, 85], [-11.5, 110], [-12, 128], [-10.5, 145], [-8.5, 158]] as Point[];
/** Anterior border of the iliotibial band, from the front of the trochanter to the lateral knee. */
const IT_ANTERIOR = [[60, 0], [42, 6], [31, 14], [28, 30], [26, 60], [23.5, 90], [20, 120], [16.5, 145], [15, 160]] as Point[];
/** Mid-thigh: upper and lower halves, bowing down at the front like a section seen from above. */
const MID_THIGH = [[-28, 92], [-12, 96.5], [4, 98], [20, 96], [36, 91]] as Point[];
/** Top of the knee, a hand's breadth above the joint line. */
const KNEE_TOP = [[-22, 154], [-10, 159], [4, 161], [16, 159], [28, 155]] as Point[];
/** The knee joint line (the band between the femoral condyles and the tibial plateau). */
const JOINT_TOP = [[-22, 198], [-10, 200.5], [2, 201.5], [14, 200.5], [26, 198]] as Point[];
const JOINT_BOTTOM = [[-22, 207], [-10, 209.5], [2, 210.5], [14, 209.5], [26, 207]] as Point[];
/** Tibial crest, from the tuberosity down to the front of the medial malleolus (S-shaped). */
const TIBIAL_CREST = [[2.6, 210], [2.05, 216], [0.99, 240], [-0.55, 268], [-2.25, 294], [-3.6, 320], [-4.6, 338], [-5.6, 350], [-7, 358], [-7.6, 366], [-7.6, 376]] as Point[];
/** The fibularis septum: the anterior border of the lateral compartment, from the fibular head to the lateral malleolus. */
const FIBULAR_SEPTUM = [[18, 208], [17, 230], [15, 260], [12.5, 290], [9.5, 315], [7, 335], [6.2, 350], [7.2, 358], [7.9, 366], [8, 376]] as Point[];
/** Mid-leg. */
const MID_LEG = [[-24, 279], [-10, 284], [2, 285.5], [14, 284], [26, 279]] as Point[];

const KNEE_MID = 2; // hidden under the patellar patches

/**
 * The adductor origin: the top of the inner thigh below the pubis, where the tendon of adductor
 * longus stands out at the medial end of the groin. It takes the medial end of the band under
 * the crease and the top of the medial thigh, its lateral edge just outside adductor longus's
 * border (the first stretch of SARTORIUS), and runs out past the limb's medial edge.
 */
const ADDUCTOR_ORIGIN: Patch = {
  region: 'adductor-origin',
  points: [[-46, 14], [-38, 7.6], [-31.6, 8.2], [-28.8, 12.6], [-28.6, 19.6], [-29.4, 25.6], [-32.4, 30.6], [-37, 33], [-46, 33]],
};
/** The tibial tuberosity, where the patellar tendon inserts, at the lower tip of the infrapatellar area. */
const TIBIAL_TUBEROSITY = oval('tibial-tuberosity', [3, 218.6], 4.6, 4.4);

export const LIMB_ANTERIOR: Partition = {
  patches: [
    oval('greater-trochanter', [38.5, 9], 9.5, 12.5),
    ADDUCTOR_ORIGIN,
    TIBIAL_TUBEROSITY,
    // the patella (as the surface-anatomy layer draws it), the quadriceps tendon above, the patellar tendon below
    { region: 'patella', points: [[2.9, 179.1], [7.5, 180.5], [10.5, 185], [10.9, 190], [9.5, 195], [6, 198.8], [2.9, 200.1], [-0.2, 198.8], [-3.7, 195], [-5.1, 190], [-4.7, 185], [-1.7, 180.5]] },
    { region: 'suprapatellar', points: [[-6, 162], [0, 157.5], [7, 157.5], [12, 161.5], [12.5, 170], [10.5, 180], [3, 182.5], [-4.5, 180], [-7, 170]] },
    { region: 'infrapatellar', points: [[-5.5, 197], [3, 196], [11, 197], [11, 205], [8.5, 214], [3, 221], [-2.5, 214], [-5.5, 205]] },
    oval('fibular-head', [22.5, 212], 5.5, 6.8, 16),
    oval('pes-anserinus', [-12.5, 225], 6.3, 7.2),
    ...malleoli(limb),
  ],
  grid: [
    R(GROIN, 'groin', GROIN_LATERAL, 'anterior-hip'),
    R(HIP_LOW, 'medial-thigh-upper', SARTORIUS, 'anterior-hip', IT_ANTERIOR, 'lateral-thigh-upper'),
    R(MID_THIGH, 'medial-thigh-upper', SARTORIUS, 'anterior-thigh-upper', IT_ANTERIOR, 'lateral-thigh-upper'),
    R(KNEE_TOP, 'medial-thigh-lower', SARTORIUS, 'anterior-thigh-lower', IT_ANTERIOR, 'lateral-thigh-lower'),
    R(JOINT_TOP, 'medial-femoral-condyle', KNEE_MID, 'lateral-femoral-condyle'),
    R(JOINT_BOTTOM, 'medial-joint-line', KNEE_MID, 'lateral-joint-line'),
    R(MID_LEG, 'medial-leg', TIBIAL_CREST, 'anterior-shin-upper', FIBULAR_SEPTUM, 'lateral-leg-upper'),
    R(ankleLimb(ANKLE_TOP_BODY), 'medial-leg', TIBIAL_CREST, 'anterior-shin-lower', FIBULAR_SEPTUM, 'lateral-leg-lower'),
    R(footToLimb(MALLEOLI_LINE()), 'medial-leg', TIBIAL_CREST, 'anterior-ankle', FIBULAR_SEPTUM, 'lateral-leg-lower'),
    R(INF, 'medial-foot', TIBIAL_CREST, 'anterior-ankle', FIBULAR_SEPTUM, 'lateral-foot'),
  ],
};

// ---------------------------------------------------------------- posterior limb

/**
 * The lower edge of the mid-buttock, where the limb's top reaches up into it. The trunk's
 * partition draws the same curve in body coordinates (the first point is its mirror image across
 * the midline, so that both splines agree where they cross the limb's edge).
 */
const BUTTOCK_LOW = [[-49.93, -2.36], [-30, -2], [-14, -6], [0, -9], [14, -13], [28, -16]] as Point[];
/** Between the lower (ischial) buttock and the lateral buttock over gluteus medius and the trochanter; it enters the limb at the trunk's (52.49, 369.56). */
const BUTTOCK_LATERAL = [[10, -46], [13.07, -30.19], [14.5, -24], [19, -8], [24, 6], [27, 20]] as Point[];
/** The gluteal crease under the buttock, curving up laterally. */
const GLUTEAL_CREASE = [[-46, 19], [-35.4, 20.3], [-26.5, 27], [-14.6, 30.7], [-2.6, 31], [7.5, 27.2], [14, 22], [22, 17], [34, 13]] as Point[];
/** The gluteal fold: a crescent along the crease, tapering out laterally. */
const GLUTEAL_FOLD: Patch = {
  region: 'gluteal-fold',
  points: [[-46, 14], [-36, 15.5], [-26.5, 22.5], [-14.6, 26.2], [-2.6, 26.5], [7.5, 23], [13, 19.5], [15.5, 19], [12.5, 23.5], [7.5, 31.5], [-2.6, 35.8], [-14.6, 35.5], [-26.5, 31.5], [-36, 25], [-46, 24]],
};
/** Medial border of the hamstrings (gracilis and adductor magnus medial to it). */
const HAM_MEDIAL = [[-24, 30], [-20.5, 60], [-17.5, 100], [-15, 130], [-13.5, 150], [-12.5, 166], [-11.8, 184]] as Point[];
/** Posterior border of the iliotibial band (the lateral intermuscular septum). */
const IT_POSTERIOR = [[32, 10], [29.5, 40], [27, 80], [23.5, 115], [19.5, 145], [18.2, 155], [17, 166], [15.8, 184]] as Point[];
const MID_THIGH_P = [[-28, 95], [-12, 99.5], [4, 101], [20, 99], [36, 94]] as Point[];
/** Top of the knee behind: above the popliteal fossa the hamstrings still cover the back of the knee. */
const KNEE_TOP_P = [[-22, 153], [-10, 157], [2, 158], [16, 157], [28, 153]] as Point[];
/** The popliteal crease, slightly above the joint line. */
const POPLITEAL_CREASE = [[-22, 195], [-11.28, 196.8], [-3.81, 198.56], [3.18, 199.1], [10.19, 198.83], [16.7, 197.35], [26, 195]] as Point[];
/**
 * The borders of the popliteal fossa: above the crease semimembranosus medially and biceps femoris
 * laterally, below it the two heads of gastrocnemius converging.
 */
const FOSSA_MEDIAL = [[2, 168], [-2, 174], [-6.5, 182], [-10, 191], [-11.3, 200], [-10, 207], [-6.5, 213], [-2, 220], [2, 223]] as Point[];
const FOSSA_LATERAL = [[2, 168], [6.5, 174], [10.5, 182], [13.5, 191], [14.8, 200], [13.5, 207], [10, 213], [5.5, 220], [2, 223]] as Point[];
/** The hamstring tendons beside the fossa (semimembranosus, biceps), tapering to the crease. */
const SEMIMEMBRANOSUS = [[-17.5, 100], [-15, 130], [-13.5, 150], [-12.5, 166], [-11.8, 184], [-11.6, 199]] as Point[];
const BICEPS = [[23.5, 115], [19.5, 145], [18.2, 155], [17, 166], [15.8, 184], [15.1, 199]] as Point[];
const FOSSA_END = [[-22, 226], [-1, 228], [26, 226]] as Point[];
/** The midline of the popliteal fossa (the neurovascular bundle). */
const FOSSA_MID = [[2, 168], [1.2, 187], [1.6, 208], [2, 223]] as Point[];
/** Between the medial and lateral heads of gastrocnemius. */
const CALF_MID = [[2, 228], [1.5, 250], [0.5, 275], [-0.5, 300]] as Point[];
/** The lateral border of the calf (lateral head of gastrocnemius and soleus) against the fibularis. */
const CALF_LATERAL = [[21, 208], [19.5, 230], [18, 255], [15.5, 280], [12.5, 305], [9, 325], [6, 337], [4.5, 344], [4, 352]] as Point[];
/** The lower border of the gastrocnemius heads: a V to the Achilles aponeurosis, the medial head lower. */
const GASTROC_LOW = [[-26, 268], [-18, 280], [-8, 293], [-1, 299], [6, 292], [14, 281], [22, 272], [30, 268]] as Point[];
/** Below gastrocnemius: soleus either side of the Achilles tendon, the medial leg along the tibia. */
const SOLEUS_MEDIAL = [[-16, 280], [-14.5, 300], [-12.5, 318], [-9.5, 332], [-6, 340], [-4, 345.5]] as Point[];
/** The top of the Achilles tendon proper, in the lower third of the calf. */
const ACHILLES_TOP = [[-9, 328], [-4.6, 322.5], [0, 321.5], [4.6, 322.5], [9, 328]] as Point[];
/** The Achilles tendon, widening into its insertion on the heel. */
const ACHILLES_MEDIAL = [[-4.5, 318], [-4.25, 326], [-3.6, 338], [-3.42, 345], [-3.34, 362], [-3.97, 374], [-5.2, 382], [-6.3, 390], [-7, 398], [-7.3, 404]] as Point[];
const ACHILLES_LATERAL = [[4.8, 318], [4.75, 326.2], [4, 337], [3.58, 345], [3.06, 362], [3.33, 374], [4.6, 382], [5.8, 390], [6.6, 398], [6.9, 404]] as Point[];

/**
 * The ischial tuberosity (the sit bone, where the hamstrings arise): the lower, medial buttock
 * just above the gluteal fold, which is painted before it, so it sits on the fold.
 */
const ISCHIAL_TUBEROSITY = oval('ischial-tuberosity', [-18.5, 16.6], 6.6, 9.6);

export const LIMB_POSTERIOR: Partition = {
  patches: [
    oval('greater-trochanter', [38.5, 9], 9.5, 12.5),
    GLUTEAL_FOLD,
    ISCHIAL_TUBEROSITY,
    oval('fibular-head', [22.5, 212], 5.5, 6.8, 16),
    ...malleoli(limb),
  ],
  grid: [
    R(BUTTOCK_LOW, 'buttock', BUTTOCK_LATERAL, 'lateral-buttock'),
    R(GLUTEAL_CREASE, 'lower-buttock', BUTTOCK_LATERAL, 'lateral-buttock'),
    R(MID_THIGH_P, 'medial-thigh-upper', HAM_MEDIAL, 'posterior-thigh-upper', IT_POSTERIOR, 'lateral-thigh-upper'),
    R(KNEE_TOP_P, 'medial-thigh-lower', HAM_MEDIAL, 'posterior-thigh-lower', IT_POSTERIOR, 'lateral-thigh-lower'),
    R(POPLITEAL_CREASE,
      'medial-femoral-condyle', SEMIMEMBRANOSUS, 'posterior-thigh-lower', FOSSA_MEDIAL, 'popliteal-fossa-medial',
      FOSSA_MID, 'popliteal-fossa-lateral', FOSSA_LATERAL, 'posterior-thigh-lower', BICEPS, 'lateral-femoral-condyle'),
    R(JOINT_BOTTOM,
      'medial-joint-line', FOSSA_MEDIAL, 'popliteal-fossa-medial', FOSSA_MID, 'popliteal-fossa-lateral', FOSSA_LATERAL, 'lateral-joint-line'),
    R(FOSSA_END,
      'calf-upper-medial', FOSSA_MEDIAL, 'popliteal-fossa-medial', FOSSA_MID, 'popliteal-fossa-lateral', FOSSA_LATERAL, 'calf-upper-lateral', CALF_LATERAL, 'lateral-leg-upper'),
    R(GASTROC_LOW, 'calf-upper-medial', CALF_MID, 'calf-upper-lateral', CALF_LATERAL, 'lateral-leg-upper'),
    R(ACHILLES_TOP, 'medial-leg', SOLEUS_MEDIAL, 'calf-lower', CALF_LATERAL, 'lateral-leg-lower'),
    R(ankleLimb(SOLEUS_END_BODY),
      'medial-leg', SOLEUS_MEDIAL, 'calf-lower', ACHILLES_MEDIAL, 'achilles', ACHILLES_LATERAL, 'calf-lower', CALF_LATERAL, 'lateral-leg-lower'),
    R(footToLimb(MALLEOLI_LINE()), 'medial-leg', ACHILLES_MEDIAL, 'achilles', ACHILLES_LATERAL, 'lateral-leg-lower'),
    // below the malleoli the foot's partition (FOOT_POSTERIOR) runs on: the tarsal tunnel behind the medial one
    R(INF, 'tarsal-tunnel', ACHILLES_MEDIAL, 'achilles', ACHILLES_LATERAL, 'lateral-heel'),
  ],
};

// ---------------------------------------------------------------- whole-body feet (frame at the ankle, axis straight down)

/** The ankle crease across the front of the ankle, at the tips of the malleoli. */
const ANKLE_CREASE_FRONT = [[-22, 0], [-10, 3.5], [0, 5], [10, 4.5], [22, 2]] as Point[];
/** The tarsometatarsal line, foreshortened. */
const LISFRANC_FRONT = [[-22, 11], [-8, 12.5], [4, 13], [22, 12]] as Point[];
/** The bases of the toes, seen from the front. */
const TOES_FRONT = [[-22, 25], [-13, 25.5], [-3.5, 26.5], [3.3, 27], [9.6, 27.5], [16, 28], [24, 28.5]] as Point[];
/** The dorsum: medial border, over the first metatarsal, centre, over the fifth, lateral border. */
const MEDIAL_BORDER_FRONT = [[-9, 4], [-11, 11], [-14.3, 20], [-15.8, 25]] as Point[];
const FIRST_RAY_FRONT = [[-4.5, 11], [-5.8, 18], [-7.2, 25]] as Point[];
const FIFTH_RAY_FRONT = [[7, 11], [9.5, 18], [12.4, 25]] as Point[];
const LATERAL_BORDER_FRONT = [[8.5, 4], [11, 12.5], [14.5, 20.5], [16.5, 25.5]] as Point[];
/** The toes seen from the front: the medial border of the big toe, then the clefts between neighbours. */
const BIG_TOE_MEDIAL_FRONT = [[-16.8, 24], [-16.6, 30], [-17.2, 36]] as Point[];
/** The gaps between the toes (as the surface-anatomy layer draws them), carried up to the toes' bases. */
const TOE_GAPS_FRONT = [
  [[-8.6, 24], [-8.2, 26.2], [-7.3, 29.5], [-7, 32.4]],
  [[-0.4, 24], [-0.3, 27.6], [0, 30], [0, 32.4]],
  [[6.3, 24], [6.4, 28.2], [6.6, 30], [6.6, 32.3]],
  [[12.4, 24], [12.5, 28.6], [12.6, 30], [12.6, 32]],
] as Point[][];

/**
 * The medial and lateral bumps of the midfoot and the bunion joint, seen from the front: the
 * navicular tuberosity in front of and below the medial malleolus (it takes the skin between the
 * malleolus and the tibialis anterior line too, so no crumb of the medial border is cut off), the
 * base of the fifth metatarsal on the lateral border below the sinus tarsi, and the first
 * metatarsophalangeal joint at the medial base of the big toe.
 */
const NAVICULAR_FRONT: Patch = {
  region: 'navicular',
  points: [[-15, -0.6], [-11, -0.2], [-8.6, -2.2], [-7, -4.6], [-6.4, -1], [-6.9, 3.6], [-9, 8], [-10.8, 11], [-12.8, 12.6], [-15, 11.6], [-16.6, 6]],
};
const FIFTH_METATARSAL_BASE_FRONT: Patch = {
  region: 'fifth-metatarsal-base',
  points: [[10.2, 11.4], [13.5, 10.6], [16.8, 11.8], [18, 16], [16.2, 19.8], [13.4, 20.2], [11.9, 17], [10.6, 14]],
};
const FIRST_MTP_FRONT = oval('first-mtp-joint', [-17.6, 24.6], 3.8, 3.6);

export const FOOT_ANTERIOR: Partition = {
  patches: [
    ...malleoli(foot),
    { region: 'sinus-tarsi', points: [[7.4, 1.2], [11, 1.5], [14, 4], [15, 8.5], [12.5, 12], [9.5, 12], [7.8, 8]] },
    NAVICULAR_FRONT,
    FIFTH_METATARSAL_BASE_FRONT,
    FIRST_MTP_FRONT,
  ],
  grid: [
    R(ANKLE_TOP_BODY.map(foot), 'medial-leg', limbToFoot(TIBIAL_CREST), 'anterior-shin-lower', limbToFoot(FIBULAR_SEPTUM), 'lateral-leg-lower'),
    R(MALLEOLI_LINE(), 'medial-leg', limbToFoot(TIBIAL_CREST), 'anterior-ankle', limbToFoot(FIBULAR_SEPTUM), 'lateral-leg-lower'),
    R(ANKLE_CREASE_FRONT, 'medial-foot', limbToFoot(TIBIAL_CREST), 'anterior-ankle', limbToFoot(FIBULAR_SEPTUM), 'lateral-foot'),
    R(LISFRANC_FRONT, 'medial-foot', MEDIAL_BORDER_FRONT, 'dorsal-foot-central', LATERAL_BORDER_FRONT, 'lateral-foot'),
    R(TOES_FRONT,
      'medial-foot', MEDIAL_BORDER_FRONT, 'dorsal-first-metatarsal', FIRST_RAY_FRONT, 'dorsal-foot-central',
      FIFTH_RAY_FRONT, 'dorsal-fifth-metatarsal', LATERAL_BORDER_FRONT, 'lateral-foot'),
    R(INF,
      'big-toe-medial-border', BIG_TOE_MEDIAL_FRONT, 'dorsal-big-toe', TOE_GAPS_FRONT[0]!, 'dorsal-second-toe', TOE_GAPS_FRONT[1]!,
      'dorsal-third-toe', TOE_GAPS_FRONT[2]!, 'dorsal-fourth-toe', TOE_GAPS_FRONT[3]!, 'dorsal-fifth-toe'),
  ],
};

/** Behind: the Achilles tendon into the heel, the heel's back and sides, the heel pad at the floor. */
const HEEL_PAD_BACK = [[-22, 33], [-10, 31.5], [0, 31], [10, 31.5], [22, 33]] as Point[];
/** Where the forefoot shows past the heel at the floor. */
const FOREFOOT_MEDIAL_BACK = [[-16, 12], [-11.4, 19], [-10.6, 27.5], [-8.4, 35.6], [-7.5, 40]] as Point[];
const FOREFOOT_LATERAL_BACK = [[16, 12], [11.2, 19], [10.4, 27.5], [8.4, 35.9], [7.5, 40]] as Point[];

/**
 * The lower edge of the tarsal tunnel (the flexor retinaculum's lower border): from the medial edge
 * two fingers' breadth below the medial malleolus, curving down and back to the Achilles tendon,
 * toward the calcaneus; lateral to the tendon it is the top of the heel.
 */
const TUNNEL_LOW_BACK = [[-22, 7.6], [-13, 8.4], [-9, 9.8], [-5.5, 10.6], [0, 11], [6, 6.5], [12, 5], [22, 4]] as Point[];

export const FOOT_POSTERIOR: Partition = {
  patches: malleoli(foot),
  grid: [
    R(SOLEUS_END_BODY.map(foot),
      'medial-leg', limbToFoot(SOLEUS_MEDIAL), 'calf-lower', limbToFoot(ACHILLES_MEDIAL), 'achilles', limbToFoot(ACHILLES_LATERAL), 'calf-lower', limbToFoot(CALF_LATERAL), 'lateral-leg-lower'),
    R(MALLEOLI_LINE(), 'medial-leg', limbToFoot(ACHILLES_MEDIAL), 'achilles', limbToFoot(ACHILLES_LATERAL), 'lateral-leg-lower'),
    // behind and below the medial malleolus, the tarsal tunnel (flexor retinaculum) between it and the Achilles tendon
    R(TUNNEL_LOW_BACK, 'tarsal-tunnel', limbToFoot(ACHILLES_MEDIAL), 'achilles', limbToFoot(ACHILLES_LATERAL), 'lateral-heel'),
    R(HEEL_PAD_BACK, 'medial-foot', FOREFOOT_MEDIAL_BACK, 'medial-heel', limbToFoot(ACHILLES_MEDIAL), 'posterior-heel', limbToFoot(ACHILLES_LATERAL), 'lateral-heel', FOREFOOT_LATERAL_BACK, 'lateral-foot'),
    R(INF, 'medial-foot', FOREFOOT_MEDIAL_BACK, 'plantar-heel', FOREFOOT_LATERAL_BACK, 'lateral-foot'),
  ],
};

// ---------------------------------------------------------------- close views (foot frame: t from the heel to the toes, s lateral)

/** The toe clefts (s = f(t) through the middle of where neighbouring toes touch). */
const CLEFT_12 = [[-6.2, 84], [-6.05, 90], [-5.8, 100], [-5.6, 108]] as Point[];
const CLEFT_23 = [[1.3, 84], [1.85, 90], [2.25, 96], [2.6, 102]] as Point[];
const CLEFT_34 = [[7.5, 80], [8.65, 84], [9.3, 90], [9.9, 96], [10.6, 100]] as Point[];
const CLEFT_45 = [[13.5, 77], [14.9, 82], [15.55, 86], [16.25, 90], [16.8, 93]] as Point[];
/** The medial border of the big toe: a strip along its medial side. */
const BIG_TOE_MEDIAL = [[-17.8, 82], [-17.6, 96], [-16.8, 110]] as Point[];
/** Base of the toes, lower toward the little toe. */
const TOE_BASE = [[-22, 82], [-13, 83], [-6.2, 84], [1.3, 84], [8.6, 82], [14.2, 79], [19.5, 77.5], [24, 78]] as Point[];

const TOES = (prefix: 'dorsal' | 'plantar') =>
  R(INF, 'big-toe-medial-border', BIG_TOE_MEDIAL, `${prefix}-big-toe`, CLEFT_12, `${prefix}-second-toe`, CLEFT_23, `${prefix}-third-toe`, CLEFT_34, `${prefix}-fourth-toe`, CLEFT_45, `${prefix}-fifth-toe`);

/** Dorsum: the ankle crease, the tarsometatarsal (Lisfranc) line, the rays of the first and fifth metatarsals, the borders. */
const ANKLE_BACK = [[-16, 11], [-8, 8.5], [0, 8], [8, 8], [16, 8.5]] as Point[];
const ANKLE_CREASE = [[-18, 27], [-8, 30], [2, 31], [10, 29], [18, 26]] as Point[];
const ACHILLES_MEDIAL_TOP = [[-5, 0], [-5.5, 6], [-6, 10]] as Point[];
const ACHILLES_LATERAL_TOP = [[5, 0], [5.5, 6], [6, 10]] as Point[];
const ANKLE_FRONT_MEDIAL = [[-8, 8], [-8.5, 17], [-9, 30]] as Point[];
/** Through the malleoli: behind them the sides of the heel, in front the borders of the foot. */
const MALLEOLI_TOP = [[-22, 17], [-13, 17], [0, 15], [13.8, 12.2], [22, 12.2]] as Point[];
const ANKLE_FRONT_LATERAL = [[8, 8], [8.8, 13], [9.2, 28]] as Point[];
const LISFRANC = [[-22, 50], [-12, 48.5], [-2, 47], [8, 44.5], [16, 42], [24, 40]] as Point[];
const MEDIAL_BORDER = [[-9.5, 30], [-10.5, 40], [-13.5, 55], [-15.8, 70], [-17.8, 84]] as Point[];
const FIRST_RAY = [[-6.5, 40], [-7, 55], [-7.2, 70], [-6.6, 82]] as Point[];
const FIFTH_RAY = [[8, 40], [9.5, 55], [11.5, 70], [13.5, 79]] as Point[];
const LATERAL_BORDER = [[13, 30], [14, 40], [15.5, 55], [17.2, 68], [18.5, 78]] as Point[];

/** The back of the heel medial to the Achilles tendon ends where the tarsal tunnel begins, behind the medial malleolus. */
const HEEL_BACK_MID = [[-16, 6], [-9, 5], [-5, 4.2], [0, 4], [8, 4], [16, 5]] as Point[];
/**
 * The navicular tuberosity on the medial border in front of the malleolus (painted after it, so
 * it tucks under it and takes the sliver between the malleolus and the anterior ankle), the base
 * of the fifth metatarsal on the lateral border at the tarsometatarsal line, and the first
 * metatarsophalangeal joint at the medial base of the big toe.
 */
const NAVICULAR: Patch = {
  region: 'navicular',
  points: [[-14, 19], [-10.6, 18.6], [-8.4, 16.2], [-7.6, 19], [-7.5, 24], [-7.8, 29], [-8.6, 33], [-10.4, 35.8], [-12.8, 36.4], [-15, 33.5], [-15.6, 25]],
};
const FIFTH_METATARSAL_BASE = oval('fifth-metatarsal-base', [16.8, 45.6], 3.8, 5.2);
const FIRST_MTP = oval('first-mtp-joint', [-15.4, 82.4], 5.2, 5);

export const FOOT_DORSAL: Partition = {
  // the malleoli where the surface-anatomy layer draws them, the sinus tarsi in front of and below the lateral one
  patches: [
    oval('medial-malleolus', [-13, 17], 4.8, 6),
    oval('lateral-malleolus', [13.8, 12.2], 4.6, 5.5),
    oval('sinus-tarsi', [10.8, 22], 3.8, 3.8),
    NAVICULAR,
    FIFTH_METATARSAL_BASE,
    FIRST_MTP,
  ],
  grid: [
    R(HEEL_BACK_MID, 'medial-heel', ACHILLES_MEDIAL_TOP, 'achilles', ACHILLES_LATERAL_TOP, 'lateral-heel'),
    // the tarsal tunnel, behind the medial malleolus between it and the Achilles tendon
    R(ANKLE_BACK, 'tarsal-tunnel', ACHILLES_MEDIAL_TOP, 'achilles', ACHILLES_LATERAL_TOP, 'lateral-heel'),
    R(MALLEOLI_TOP, 'tarsal-tunnel', ANKLE_FRONT_MEDIAL, 'anterior-ankle', ANKLE_FRONT_LATERAL, 'lateral-heel'),
    R(ANKLE_CREASE, 'medial-foot', ANKLE_FRONT_MEDIAL, 'anterior-ankle', ANKLE_FRONT_LATERAL, 'lateral-foot'),
    R(LISFRANC, 'medial-foot', MEDIAL_BORDER, 'dorsal-foot-central', LATERAL_BORDER, 'lateral-foot'),
    R(TOE_BASE, 'medial-foot', MEDIAL_BORDER, 'dorsal-first-metatarsal', FIRST_RAY, 'dorsal-foot-central', FIFTH_RAY, 'dorsal-fifth-metatarsal', LATERAL_BORDER, 'lateral-foot'),
    TOES('dorsal'),
  ],
};

/** Sole: the heel pad, the arch (the footprint's inner border), the metatarsal heads. */
const HEEL_FRONT = [[-16, 24], [-10, 25], [0, 28], [10, 26.5], [18, 23]] as Point[];
/** The heel pad, its front edge where the surface-anatomy layer draws it. */
const HEEL_PAD: Point[] = [[-11, 26], [-5, 30.5], [3, 31.5], [10, 29], [13.2, 25.5], [11.5, 17], [9, 8], [4, 1], [-1, -2.5], [-6, 1], [-9, 9], [-9.8, 18]];
/** The inner edge of the footprint (the arch medial to it does not touch the ground). */
const ARCH = [[-8.5, 27], [-8.5, 29], [-4.8, 40], [-4.5, 50], [-7.5, 59], [-12, 66], [-14, 70]] as Point[];
/** The back of the ball of the foot, behind the metatarsal heads. */
const BALL_BACK = [[-22, 74], [-18.6, 72], [-12, 67], [-3, 64.3], [6, 62.8], [13.5, 62], [18.2, 63.2], [24, 64]] as Point[];
const FIRST_HEAD = [[-5.5, 66], [-6.8, 75], [-6.4, 84]] as Point[];
const FIFTH_HEAD = [[10.5, 62], [12.8, 71], [14, 79]] as Point[];

export const FOOT_PLANTAR: Partition = {
  patches: [{ region: 'plantar-heel', points: HEEL_PAD }],
  grid: [
    // the heel's medial and lateral rims either side of the pad (their meeting line lies under it)
    R(HEEL_FRONT, 'medial-heel', 1, 'lateral-heel'),
    R(BALL_BACK, 'medial-arch', ARCH, 'lateral-sole'),
    R(TOE_BASE, 'first-metatarsal-head', FIRST_HEAD, 'lesser-metatarsal-heads', FIFTH_HEAD, 'fifth-metatarsal-head'),
    TOES('plantar'),
  ],
};
