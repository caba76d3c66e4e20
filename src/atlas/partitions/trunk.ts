/**
 * How the neck and trunk on the whole-body views are cut into regions. See ../parts.ts for rows,
 * cells, boundaries and patches.
 *
 * The trunk is an axial part in the VERTICAL frame (s = x, t = y): everything is written for the
 * patient's right half (x ≥ 0) and mirrored. The head, arms and lower limbs are earlier parts, so
 * the trunk only keeps the skin they leave: the neck below the jaw, the chest and abdomen, the
 * back, and the buttock above the thigh's upper edge.
 *
 * Bony landmarks and round things are patches (the clavicle, the acromion, the scapula's borders
 * and angles, the breast, the anterior axillary fold, the iliac crest's ends, the sacrum and the
 * sacroiliac joint); the grid takes the rest along the lines that divide the surface: the
 * sternal border, the pectoralis major's lower border, the costal margin, the semilunar line,
 * the inguinal ligament; behind, the spinous processes, the medial border of the scapula, the
 * lateral border of the erector spinae, the ribs, the iliac crest and the gluteal borders.
 *
 * Levels used on the back (as the landmarks in ../sites and the lines in ../anatomy.ts assume):
 * C7 ≈ y 124, the root of the spine of the scapula (T3) ≈ 166, T4 ≈ 182, T7 ≈ 232 (the tip of the
 * inferior angle a little lower, ≈ 238), T10/T11 ≈ 268, T12 ≈ 290, L1/L2 ≈ 302, L3 ≈ 320, L4 ≈ 330
 * (the top of the iliac crest, highest at x ≈ 50–60), S1 ≈ 352. The scapula follows the lines of
 * ../anatomy.ts. In front: the jugular notch ≈ 126, the sternal angle ≈ 150, the xiphisternal
 * joint ≈ 224, the navel ≈ 300, the pubic crest ≈ 397, the ASIS ≈ (54, 352).
 */
import * as F from '../figure';
import { frameFrom, INF, R, type Partition, type Patch } from '../parts';
import type { Point } from '../types';

// ---------------------------------------------------------------- helpers

/** Points on an ellipse (centre, radii, rotation in radians). */
function oval(region: string, [cx, cy]: Point, rx: number, ry: number, rot = 0, n = 12): Patch {
  const c = Math.cos(rot);
  const s = Math.sin(rot);
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    const x = Math.cos(a) * rx;
    const y = Math.sin(a) * ry;
    points.push([cx + x * c - y * s, cy + x * s + y * c]);
  }
  return { region, points };
}

/**
 * A band along a centreline (a bone's edge or ridge): the line offset by `w` on either side
 * (a number, or one half-width per point), with rounded ends; `caps` sets how far each end
 * bulges beyond the line, in half-widths (0.8 by default: a round end; small: a nearly square one).
 */
function band(region: string, line: readonly Point[], w: number | readonly number[], caps: { start?: number; end?: number } = {}): Patch {
  const n = line.length;
  const half = (i: number) => (typeof w === 'number' ? w : w[i]!);
  const left: Point[] = [];
  const right: Point[] = [];
  const tangent = (i: number): Point => {
    const a = line[Math.max(0, i - 1)]!;
    const b = line[Math.min(n - 1, i + 1)]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
  };
  line.forEach(([x, y], i) => {
    const [tx, ty] = tangent(i);
    left.push([x - ty * half(i), y + tx * half(i)]);
    right.push([x + ty * half(i), y - tx * half(i)]);
  });
  const [sx, sy] = tangent(0);
  const [ex, ey] = tangent(n - 1);
  const first = line[0]!;
  const last = line[n - 1]!;
  const startCap: Point = [first[0] - sx * half(0) * (caps.start ?? 0.8), first[1] - sy * half(0) * (caps.start ?? 0.8)];
  const endCap: Point = [last[0] + ex * half(n - 1) * (caps.end ?? 0.8), last[1] + ey * half(n - 1) * (caps.end ?? 0.8)];
  return { region, points: [startCap, ...left, endCap, ...right.reverse()] };
}

/** A midline patch: a right-half outline from the top of the midline down to its bottom, mirrored. */
function midline(region: string, half: readonly Point[]): Patch {
  const left = half.slice(1, -1).reverse().map(([x, y]) => [-x, y] as Point);
  return { region, points: [...half, ...left] };
}

// ---------------------------------------------------------------- front

/** The clavicle's centreline, from the sternoclavicular joint to the acromioclavicular joint: a shallow S. */
const CLAVICLE: Point[] = [[12, 128.6], [18, 129.2], [26, 129.8], [38, 130.4], [50, 131.2], [61, 133.2], [67, 134.4], [72, 134.8]];
/** The row boundary under the neck: the jugular notch, then along the clavicle (hidden under it). */
const CLAVICLE_ROW: Point[] = [[0, 125.5], [6, 126.4], [9.5, 127.8], ...CLAVICLE.slice(1), [84, 136]];
/** Front of the neck: the anterior border of sternocleidomastoid (throat | side of the neck), converging on the jugular notch. */
const SCM_ANTERIOR: Point[] = [[15, 100], [13, 108], [10.5, 116], [8, 122], [6.5, 128]];
/** The posterior border of sternocleidomastoid's clavicular head: side of the neck | supraclavicular fossa. */
const SCM_POSTERIOR: Point[] = [[25, 104], [23, 113], [21, 121], [20.5, 131]];
/** The anterior border of the upper trapezius: supraclavicular fossa | top of the shoulder. */
const TRAPEZIUS_ANTERIOR: Point[] = [[30, 112], [33, 118], [38, 124], [44, 129], [50, 133]];
/** The lateral border of the sternum (manubrium wider above, the body narrowing to the xiphoid). */
const STERNAL_BORDER: Point[] = [[9.5, 126], [8.5, 138], [7.5, 150], [7, 170], [7, 195], [6.5, 214], [5.5, 224], [4.5, 232], [3.5, 242]];
/** Lower edge of the infraclavicular area (the clavicular head of pectoralis major), from the sternal angle. */
const INFRACLAVICULAR_LOW: Point[] = [[0, 150], [12, 151], [25, 151.5], [40, 150.5], [52, 148], [62, 145], [74, 142]];
/** Lateral edge of the parasternal strip (the costochondral junctions). */
const PARASTERNAL_EDGE: Point[] = [[19, 150], [19.5, 175], [20, 200], [20.5, 222]];
/** The lower border of pectoralis major, rising from the sixth costal cartilage to the anterior axillary fold. */
const PECTORAL_LOW: Point[] = [[0, 222], [10, 224.5], [20, 226.5], [34, 222.5], [46, 213], [56, 200], [64, 188], [72, 176]];
/** The eighth rib at the side: upper and lower lateral chest wall. */
const RIB_EIGHT: Point[] = [[0, 223.5], [5, 225.2], [12, 228], [20, 231.5], [30, 235], [45, 240], [58, 238], [66, 234], [76, 230]];
/** The costal margin: an arc from the xiphisternal joint down and out to the tenth rib, as a band. */
const COSTAL_UPPER: Point[] = [[0, 225], [5, 226], [15, 233.5], [26, 244], [37, 255], [47, 267], [54, 279], [59, 290], [63, 300], [72, 312]];
const COSTAL_LOWER: Point[] = [[0, 242], [5, 241.5], [11, 242.5], [18, 247.5], [26, 254.5], [37, 265.5], [46, 277.5], [52, 289], [57, 300], [61, 310], [72, 322]];
/** Front edge of the lateral chest wall (the serratus anterior digitations; the anterior axillary line). */
const LATERAL_CHEST_EDGE: Point[] = [[52, 186], [50, 205], [49, 225], [50.5, 250], [54, 275]];
/** The xiphoid's edge. */
const XIPHOID_EDGE: Point[] = [[6, 224], [5.5, 232], [4, 242]];
/** The semilunar line: the lateral border of rectus abdominis, from the ninth costal cartilage to the pubic tubercle. */
const SEMILUNAR: Point[] = [[36, 245], [33, 262], [29, 282], [26, 300], [23, 322], [20, 342], [17, 365], [14, 390]];
/** The subcostal level: upper abdomen | the navel's band (lower at the side, under the tenth rib). */
const SUBCOSTAL: Point[] = [[0, 280], [20, 281], [32, 284], [42, 291], [50, 301], [57, 311], [72, 326]];
/** Around the navel. */
const UMBILICAL_EDGE: Point[] = [[11, 280], [13, 290], [13.5, 300], [13, 310], [11.5, 324]];
/** The interspinous level: the navel's band | the lower abdomen, rising to the iliac crest at the side. */
const INTERSPINOUS: Point[] = [[0, 324], [14, 324], [30, 326], [46, 330], [60, 334], [70, 338], [80, 342]];
/** The suprapubic area's edge (the medial part of rectus above the pubic tubercle). */
const SUPRAPUBIC_EDGE: Point[] = [[11.5, 324], [12.5, 350], [13, 375], [13.5, 398], [12, 412]];
/** The inguinal ligament, from the pubic tubercle up and out to the ASIS (the pubic crest medially). */
const INGUINAL: Point[] = [[0, 397], [10, 397.5], [14, 398.5], [25, 389], [38, 375], [48, 362.5], [54, 353], [60, 346], [70, 340], [84, 337]];

export const TRUNK_ANTERIOR: Partition = {
  patches: [
    oval('sternoclavicular', [9.8, 128.4], 5, 4.6),
    // the suprasternal notch between the sternal heads of sternocleidomastoid, above the manubrium
    // (its sides run just outside their anterior borders, so no sliver of throat is left beside it)
    midline('sternal-notch', [[0, 118.6], [4.6, 119], [9.2, 120], [9.6, 122.6], [8.6, 125.6], [6.6, 128.6], [3.6, 130.2], [0, 130.6]]),
    { region: 'acromion', points: [[62, 130], [70, 128.5], [80, 131], [86, 137], [84, 145], [74, 146], [66, 142], [61, 136]] },
    band('clavicle', CLAVICLE, [4, 3.8, 3.4, 3.3, 3.3, 3.4, 3.6, 3.8]),
    // the infraclavicular fossa: the deltopectoral triangle under the outer clavicle, running down the groove
    { region: 'infraclavicular-fossa', points: [[52, 140], [60, 138.8], [66, 139.5], [71, 143], [70, 150], [67, 160], [62.5, 165], [58.5, 158], [54.5, 148]] },
    oval('breast', [38, 199.5], 14, 14.5, 0.2),
    // the anterior axillary fold: the lower border of pectoralis major as it turns into the arm
    band('anterior-axilla', [[50, 208], [56, 199.5], [62, 190.5], [68, 181], [74, 172]], [4.5, 5, 5.5, 5.5, 5.5]),
    oval('axilla', [69, 190.5], 4.5, 7, 0.3, 10),
    // the front of the iliac crest and the ASIS, and the middle of the crest at the side of the waist
    { region: 'anterior-iliac-crest', points: [[48.5, 356], [52, 349.5], [57.5, 344.5], [64, 340.5], [72, 338], [80, 339], [80, 349], [72, 353], [66, 357], [60, 362], [55.5, 366], [51, 363.5]] },
    { region: 'iliac-crest-middle', points: [[60, 326], [65, 321], [72, 319], [80, 322], [80, 342], [72, 340.5], [65, 338.5], [60, 334]] },
    // the pubic tubercle at the medial end of the inguinal ligament, beside the pubic crest
    oval('pubic-tubercle', [15.2, 398.4], 4.4, 4, 0.3),
  ],
  grid: [
    // the neck, down to the clavicle
    R(CLAVICLE_ROW, 'throat', SCM_ANTERIOR, 'lateral-neck', SCM_POSTERIOR, 'supraclavicular', TRAPEZIUS_ANTERIOR, 'shoulder-top'),
    // under the clavicle: the manubrium and the infraclavicular area
    R(INFRACLAVICULAR_LOW, 'sternum-upper', STERNAL_BORDER, 'infraclavicular'),
    // the chest: the body of the sternum, the parasternal strip, pectoralis major
    R(PECTORAL_LOW, 'sternum-lower', STERNAL_BORDER, 'parasternal', PARASTERNAL_EDGE, 'pectoral'),
    // under pectoralis major: the inframammary area, the lateral chest wall, then the lower lateral ribs
    R(RIB_EIGHT, 'sternum-lower', STERNAL_BORDER, 'inframammary', LATERAL_CHEST_EDGE, 'lateral-chest'),
    R(COSTAL_UPPER, 'sternum-lower', STERNAL_BORDER, 'inframammary', LATERAL_CHEST_EDGE, 'lower-lateral-ribs'),
    // the costal margin and the xiphoid
    R(COSTAL_LOWER, 'xiphoid', XIPHOID_EDGE, 'costal-margin'),
    // the upper abdomen: the epigastrium between the costal margins, the hypochondrium beyond the semilunar line
    R(SUBCOSTAL, 'epigastric', SEMILUNAR, 'hypochondrium'),
    // the navel's band: umbilical, paraumbilical (over rectus), the flank
    R(INTERSPINOUS, 'umbilical', UMBILICAL_EDGE, 'paraumbilical', SEMILUNAR, 'flank'),
    // the lower abdomen, down to the inguinal ligament
    R(INGUINAL, 'suprapubic', SUPRAPUBIC_EDGE, 'iliac-fossa'),
    // below the ligament: the pubic area (suprapubic) and the groin
    R(INF, 'suprapubic', SUPRAPUBIC_EDGE, 'groin'),
  ],
};

// ---------------------------------------------------------------- back

/** The edge of the spinous processes (narrow in the thorax, broader in the lumbar spine). */
const SPINOUS: Point[] = [[5, 130], [5, 220], [5.5, 270], [6, 300], [6.5, 330], [7, 350]];
/** Posterior neck | side of the neck. */
const NECK_SIDE: Point[] = [[17, 100], [18.5, 108], [20.5, 115]];
/** Posterior neck | angle of the neck (levator scapulae), and the base of the neck below. */
const NECK_ANGLE_MEDIAL: Point[] = [[15, 112], [15.5, 118], [16.5, 124], [18.5, 132], [20, 140]];
/** Angle of the neck | top of the shoulder (the upper trapezius's ridge). */
const NECK_ANGLE_LATERAL: Point[] = [[31, 114], [33, 122], [35, 130], [37, 140]];
/** The medial border of the scapula (the grid cut runs under the border's band), down to the tip of the inferior angle. */
const MEDIAL_BORDER: Point[] = [[30.5, 140], [27.8, 158], [27.3, 170], [28.2, 190], [30.5, 210], [34, 226], [37.5, 234.5], [41.5, 238.5]];
/** The lateral border of the scapula, from the glenoid down to the tip of the inferior angle. */
const LATERAL_BORDER: Point[] = [[71, 165], [69, 179], [65, 192], [59, 208], [52, 224], [46, 235], [41.5, 238.5]];
/** The lateral border of the erector spinae (iliocostalis). */
const ERECTOR: Point[] = [[33, 236], [34, 250], [36, 275], [38, 300], [39, 320], [37, 335]];
/** Rows across the back. */
const NECK_LOW: Point[] = [[0, 112], [12, 112.5], [22, 115]];
const SHOULDER_TOP_LOW: Point[] = [[0, 124], [8, 124.5], [16, 127], [26, 133], [40, 137], [56, 138], [70, 137], [84, 136]];
const NECK_BASE_LOW: Point[] = [[0, 136], [10, 137], [20, 140], [40, 140], [80, 140]];
const T4: Point[] = [[0, 181], [12, 181.5], [24, 183], [40, 183], [80, 182]];
/** T7 medially (the inferior angle), then the lower border of teres major up to the posterior axillary fold. */
const T7: Point[] = [[0, 231], [15, 232], [28, 235], [36, 237.5], [41.5, 238.5], [48, 238.5], [56, 232], [64, 222], [72, 210], [80, 204]];
/** The ninth rib, descending from the erector spinae toward the side. */
const RIB_NINE: Point[] = [[0, 252], [36, 254], [50, 259], [65, 265], [80, 269]];
const T11: Point[] = [[0, 266], [15, 267.5], [30, 270.5], [40, 273], [80, 276]];
/** The twelfth rib, from T12 down and out. */
const RIB_TWELVE: Point[] = [[0, 291], [20, 290.5], [36, 290.5], [50, 294], [62, 298], [80, 300]];
const L2: Point[] = [[0, 300], [15, 301.5], [30, 304], [40, 306], [80, 308]];
const L3: Point[] = [[0, 318], [15, 319], [30, 321], [40, 322], [60, 318], [80, 318]];
const L4: Point[] = [[0, 330], [10, 330], [25, 329], [40, 324], [60, 322], [78, 325]];
/** The iliac crest, as a band: from the PSIS up and out to its highest point, then down to the side. */
const CREST_TOP: Point[] = [[0, 344], [16, 347], [22, 341], [30, 335], [40, 330.5], [50, 328], [60, 328], [68, 331], [78, 336]];
const CREST_LOW: Point[] = [[0, 352], [16, 357], [22, 351], [30, 344], [40, 339.5], [50, 337], [60, 337], [68, 340], [78, 345]];
/** The crest in thirds: the posterior third | the middle third at the side of the waist. */
const CREST_MIDDLE: Point[] = [[50, 322], [52, 334], [54, 346]];
/** Paraspinal | posterior iliac crest, at the PSIS. */
const CREST_MEDIAL: Point[] = [[14, 338], [15, 348], [16, 358]];
/** The piriformis line (PSIS to the top of the greater trochanter): upper | central buttock. */
const PIRIFORMIS: Point[] = [[0, 362], [16, 361], [28, 363.5], [40, 366.5], [52.49, 369.56], [66, 376], [80, 384]];
/** The lateral buttock (gluteus medius and minimus toward the trochanter); it meets the lower limb's line where that enters the limb. */
const LATERAL_BUTTOCK: Point[] = [[47.5, 334], [48.5, 350], [50.6, 361], [52.49, 369.56], [54.3, 378]];
/** The lower limb's frame (hip to ankle, as in ../views.ts), to share a curve with ../lower-limb.ts. */
const LIMB = frameFrom(F.HIP, F.ANKLE);
const fromLimb = ([s, t]: Point): Point => [LIMB.origin[0] + LIMB.axis[0] * t + LIMB.axis[1] * s, LIMB.origin[1] + LIMB.axis[1] * t - LIMB.axis[0] * s];
/**
 * The lower edge of the central buttock, where the thigh's upper edge crosses it: the same control
 * points as the lower limb's BUTTOCK_LOW, so the two parts cut it on one curve.
 */
const BUTTOCK_LOW: Point[] = ([[-30, -2], [-14, -6], [0, -9], [14, -13], [28, -16]] as Point[]).map(fromLimb);
const COCCYX_LOW: Point[] = [[0, 409], [6, 409], [12, 407]];
const CLEFT: Point[] = [[4.5, 396], [4.5, 409], [5, 418]];

export const TRUNK_POSTERIOR: Partition = {
  patches: [
    // the sacrum between the sacroiliac joints, and the coccyx
    midline('sacrum', [[0, 350], [10, 350], [15, 353], [16, 361], [14, 370], [10, 379], [6.5, 387], [3.5, 394], [0, 399]]),
    midline('coccyx', [[0, 396], [3.5, 398], [4.5, 404], [3, 409], [0, 410]]),
    // the sacroiliac joint below the PSIS, and the lateral border of the lower sacrum (gluteus maximus's origin)
    band('si-joint', [[19.5, 352], [19, 360], [17.5, 368], [15, 376]], [4.5, 5, 4.5, 4]),
    band('sacral-border', [[13.5, 376], [10.5, 384], [7, 392.5], [4.2, 400]], 3.6),
    // the scapula: acromion, the two angles, the medial and lateral borders, the spine, the fossae
    { region: 'acromion', points: [[64, 139], [72, 136], [82, 135], [88, 140], [86, 148], [76, 149.5], [68, 146.5]] },
    { region: 'superior-scapular-angle', points: [[25.5, 150], [25.8, 144], [28.5, 140], [33, 139], [37.5, 140], [39, 143.5], [35.5, 146], [33.5, 150], [29.5, 151.5]] },
    { region: 'inferior-scapular-angle', points: [[34, 226], [40, 223.5], [47, 225.5], [48.5, 230], [46.5, 235.5], [41.5, 239.5], [37, 236.5], [34.5, 231]] },
    // the medial border, in halves at T4 (the lower half painted first: the upper half ends on its nearly square top)
    band('medial-scapular-border-lower', [[27.6, 182.5], [28.2, 190], [29.3, 200], [30.5, 210], [32.4, 219], [34.5, 227]], [4.9, 4.6, 4.5, 4.5, 4.5, 4.5], { start: 0.2 }),
    band('medial-scapular-border-upper', [[30.6, 146], [28.6, 155], [27.6, 165], [27.3, 175], [27.5, 185]], 4.5),
    band('scapular-spine', [[27, 166.5], [38, 161.2], [50, 155.2], [62, 148.7], [71, 143.8]], [3.4, 3.5, 3.6, 3.8, 4]),
    band('lateral-scapula', [[46.5, 232], [52, 223], [58.5, 209], [64.5, 194], [68.5, 181], [71, 172]], 4),
    { region: 'suprascapular', points: [[31, 140], [42, 139], [54, 139.5], [64, 138.5], [72, 139], [74, 145], [64, 149.5], [52, 155.5], [40, 161.5], [30, 166.5], [26, 160], [27, 148]] },
    { region: 'infraspinous', points: [[28, 166], [44, 159], [58, 152], [68, 147], [71, 156], [70.5, 170], [66, 186], [60, 203], [53, 220], [47, 232], [41, 236], [36, 228], [32, 212], [30, 195], [29, 178]] },
  ],
  grid: [
    // the neck
    R(NECK_LOW, 'posterior-neck', NECK_SIDE, 'lateral-neck'),
    R(SHOULDER_TOP_LOW, 'posterior-neck', NECK_ANGLE_MEDIAL, 'angle-of-neck', NECK_ANGLE_LATERAL, 'shoulder-top'),
    // the base of the neck (C7) and the top of the shoulder
    R(NECK_BASE_LOW, 'thoracic-spine-upper', SPINOUS, 'neck-base', NECK_ANGLE_MEDIAL, 'angle-of-neck', NECK_ANGLE_LATERAL, 'shoulder-top'),
    // between the spine and the medial border of the scapula, T1 to T4 and T4 to T7; the scapula; the posterior axillary fold
    R(T4, 'thoracic-spine-upper', SPINOUS, 'interscapular-upper', MEDIAL_BORDER, 'infraspinous', LATERAL_BORDER, 'posterior-axilla'),
    R(T7, 'thoracic-spine-upper', SPINOUS, 'interscapular-lower', MEDIAL_BORDER, 'infraspinous', LATERAL_BORDER, 'posterior-axilla'),
    // below the scapula: the lower thoracic paraspinal area, the chest wall below the scapula, the lower ribs
    R(RIB_NINE, 'thoracic-spine-lower', SPINOUS, 'mid-back', ERECTOR, 'infrascapular'),
    R(T11, 'thoracic-spine-lower', SPINOUS, 'mid-back', ERECTOR, 'posterior-ribs'),
    // the thoracolumbar junction, T11 to L1
    R(RIB_TWELVE, 'thoracolumbar-spine', SPINOUS, 'thoracolumbar', ERECTOR, 'posterior-ribs'),
    R(L2, 'thoracolumbar-spine', SPINOUS, 'thoracolumbar', ERECTOR, 'lateral-lumbar'),
    // the lumbar spine and paraspinal muscles; the loin (quadratus lumborum) lateral to them
    R(L3, 'lumbar-spine', SPINOUS, 'low-back', ERECTOR, 'lateral-lumbar'),
    R(L4, 'lumbar-spine', SPINOUS, 'low-back', ERECTOR, 'lateral-lumbar'),
    R(CREST_TOP, 'lumbosacral', SPINOUS, 'low-back', ERECTOR, 'lateral-lumbar'),
    // the iliac crest: the posterior third from the PSIS, the middle third at the side of the waist
    R(CREST_LOW, 'lumbosacral', SPINOUS, 'low-back', CREST_MEDIAL, 'posterior-iliac-crest', CREST_MIDDLE, 'iliac-crest-middle'),
    // the buttock: upper (below the crest), lateral (toward the trochanter), central, lower (the ischial area by the cleft)
    R(PIRIFORMIS, 'sacrum', SPINOUS, 'upper-buttock', LATERAL_BUTTOCK, 'lateral-buttock'),
    R(BUTTOCK_LOW, 'sacrum', SPINOUS, 'buttock', LATERAL_BUTTOCK, 'lateral-buttock'),
    R(COCCYX_LOW, 'coccyx', CLEFT, 'lower-buttock'),
    R(INF, 'perineum', CLEFT, 'lower-buttock'),
  ],
};
