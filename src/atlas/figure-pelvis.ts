/**
 * The pelvis view's drawing: two schematic midline (sagittal) sections of the lower trunk and
 * pelvis, female and male side by side, seen from the patient's right (the front of the body
 * to the viewer's right, as in the lateral head view).
 *
 * SCALE. The sections are drawn in centimetres and placed by the body's own geometry:
 * `PELVIS_CM` (units per centimetre) makes the figure's hip breadth (TRUNK at its widest below
 * the waist) an adult's 36 cm, and heights are measured up from the crotch (the lowest point of
 * TRUNK), so the hip joint (HIP) sits at the middle of the pubic symphysis and the skin levels
 * of the lumbosacral, sacral and coccygeal regions match the posterior view. Within a section,
 * `a` is the distance forward of the skin over the second sacral segment and `h` the height
 * above the crotch, both in cm; `placer(x0)` turns them into view units for the section whose
 * back is at x0.
 *
 * Every shape is a closed Catmull-Rom curve: outlines are sampled here (`smoothClosed`), the
 * inner shapes are left as control points because the partition paints them as patches.
 */
import { HIP, TRUNK } from './figure';
import { sampleSpline } from './curves';
import { smoothClosed } from './geometry';
import type { Point, Ring } from './types';

// ---------------------------------------------------------------- the body's measures

/** The crotch: the lowest point of the trunk outline (y). */
const CROTCH_Y = Math.max(...TRUNK.map((p) => p[1]));
/** The waist: the trunk at its narrowest between the chest and the flare of the hips (y). */
const WAIST_Y = TRUNK.filter(([x, y]) => x > 0 && y > 230 && y < HIP[1] - 60).reduce((m, p) => (p[0] < m[0] ? p : m))[1];
/** Half the hip breadth: the trunk at its widest between the waist and the hip joints. */
const HIP_HALF = Math.max(...TRUNK.filter(([x, y]) => x > 0 && y > WAIST_Y && y < HIP[1]).map((p) => p[0]));
/** Hip breadth of an adult, in cm; sets the scale. */
const HIP_BREADTH_CM = 36;
/** Units per centimetre. */
const PELVIS_CM = (2 * HIP_HALF) / HIP_BREADTH_CM;
/** Height of the hip joints above the crotch (cm): the middle of the pubic symphysis. */
const HIP_H = (CROTCH_Y - HIP[1]) / PELVIS_CM;

/** Depth of a section from the back (sacral skin) to the front of the lower abdomen, cm. */
const DEPTH = 20.8;
/** Gap between the two sections, cm. */
const GAP = 7;
/** Where each section's back (a = 0) sits, in view x. */
const FEMALE_X0 = 0;
const MALE_X0 = (DEPTH + GAP) * PELVIS_CM;

type Cm = readonly [number, number];
const placer =
  (x0: number) =>
  ([a, h]: Cm): Point => [x0 + a * PELVIS_CM, CROTCH_Y - h * PELVIS_CM];

/** Points of a shape drawn in a local frame (u along `dir`, v to its left, cm) around an origin. */
function local(origin: Cm, dirDeg: number, pts: readonly Cm[]): Cm[] {
  const c = Math.cos((dirDeg * Math.PI) / 180);
  const s = Math.sin((dirDeg * Math.PI) / 180);
  return pts.map(([u, v]) => [origin[0] + u * c - v * s, origin[1] + u * s + v * c] as Cm);
}

// ---------------------------------------------------------------- shared skeleton and back

/**
 * The back of both sections, from the top cut through L5 down the lumbar lordosis, over the sacrum
 * and the natal cleft behind the coccyx, to the anus.
 */
const TOP_H = 21.2;
const BACK: Cm[] = [
  [1.75, TOP_H - 0.45],
  [1.3, 20.55],
  [0.95, 19.6],
  [0.5, 18.3],
  [0.12, 16.2],
  [0.0, 13.8],
  [0.3, 11.6],
  [1.0, 9.8],
  [2.1, 8.2],
  [3.35, 6.8],
  [4.6, 5.35],
  [5.75, 3.8],
  [6.9, 2.25],
];
/** The anus, where the anal canal meets the skin. */
const ANUS: Cm = [8.25, 0.95];

/** Height of the top cut at the front: it slopes down from L5 behind to midway between the navel and the pubis. */
const TOP_FRONT_H = 17.6;

/** The top cut across the section, front to back, rounding into the front and the back. */
function topCut(front: number): Cm[] {
  const h = (a: number) => TOP_FRONT_H + ((TOP_H - TOP_FRONT_H) * (front - a)) / front;
  const pts: Cm[] = [
    [front - 0.2, h(front) - 0.45],
    [front - 0.75, h(front - 0.75) - 0.05],
  ];
  const n = 6;
  const a0 = front - 1.8;
  const a1 = 3.4;
  for (let i = 0; i <= n; i++) {
    const a = a0 - ((a0 - a1) * i) / n;
    pts.push([a, h(a)]);
  }
  pts.push([2.4, h(2.4) - 0.02]);
  return pts;
}

/** Height of the skin levels that the back regions share with the posterior view (cm above the crotch). */
const SKIN_LEVELS = {
  /** Lumbosacral above, sacrum below (the L5–S1 level). */
  lumbosacral: (CROTCH_Y - 342) / PELVIS_CM,
  /** Sacrum above, coccyx below (the sacrococcygeal joint). */
  sacrococcygeal: (CROTCH_Y - 374) / PELVIS_CM,
  /** Coccyx above, perineum below (the top of the anal cleft). */
  cleft: (CROTCH_Y - 404) / PELVIS_CM,
};

/**
 * The anterior surface of the spine, top to bottom: the body of L5, the promontory, the hollow
 * of the sacrum (deepest at S4) and the coccyx curving forward to its tip. One smooth curve,
 * sampled, so that the bones cut from it meet without a step.
 */
const SPINE_FRONT: Cm[] = sampleSpline(
  [
    [10.5, TOP_H + 3],
    [10.5, 21.3],
    [10.25, 19.9],
    [9.6, 18.85],
    [8.85, 18.25],
    [7.3, 16.6],
    [6.0, 14.6],
    [5.15, 12.6],
    [4.87, 10.4],
    [5.15, 9.0],
    [5.8, 7.95],
    [6.75, 6.95],
  ],
  false,
  3,
);
const COCCYX_TIP = SPINE_FRONT[SPINE_FRONT.length - 1]!;
/** Heights (cm) of the L5–S1 disc and the sacrococcygeal joint on the front of the spine (control points of it). */
const PROMONTORY_H = 18.25;
const SACROCOCCYGEAL_H = 10.4;
const spineBetween = (hTop: number, hBottom: number): Cm[] => SPINE_FRONT.filter(([, h]) => h <= hTop + 1e-9 && h >= hBottom - 1e-9);
/** A line through control points, sampled densely, so that a patch splined through it keeps its course. */
const line = (pts: readonly Cm[]): Cm[] => sampleSpline(pts, false, 3);
/**
 * The front of the spine between two heights, moved `d` cm behind it (into the bone): the back
 * wall of the rectum, drawn into the bones (painted first) so that it meets them without a gap.
 */
function behindSpine(hTop: number, hBottom: number, d: number): Cm[] {
  const pts = spineBetween(hTop, hBottom);
  return pts.map((p, i) => {
    const q = pts[Math.min(i + 1, pts.length - 1)]!;
    const o = pts[Math.max(i - 1, 0)]!;
    const dx = q[0] - o[0];
    const dy = q[1] - o[1];
    const len = Math.hypot(dx, dy) || 1;
    // Going down the spine (dy < 0), the normal (dy, -dx) points backward (toward smaller a).
    return [p[0] + (d * dy) / len, p[1] - (d * dx) / len] as Cm;
  });
}
/** The point of the spine front at a height (the first sample at or below it). */
const spineAt = (h: number): Cm => SPINE_FRONT.find(([, y]) => y <= h + 1e-9)!;

/** Far outside the section, behind it: bone patches run out here and are clipped by the outline. */
const OUT = -4;

function skeleton(P: (p: Cm) => Point) {
  const sl = SKIN_LEVELS;
  const promontory = spineAt(PROMONTORY_H);
  const scJoint = spineAt(SACROCOCCYGEAL_H);
  /** The L5–S1 disc, from the promontory back to the skin (the back of the disc a little higher). */
  const disc: Cm[] = line([promontory, [promontory[0] - 3, promontory[1] + 0.35], [1.5, sl.lumbosacral + 0.15], [OUT, sl.lumbosacral]]);
  /** The sacrococcygeal joint, from the front of the spine back to the skin. */
  const scLine: Cm[] = line([scJoint, [scJoint[0] - 1.8, SACROCOCCYGEAL_H + 0.12], [1, sl.sacrococcygeal], [OUT, sl.sacrococcygeal - 0.1]]);
  /** Below the coccyx: from its tip down to the skin of the cleft, meeting it square. */
  const tipLine: Cm[] = line([
    COCCYX_TIP,
    [COCCYX_TIP[0] + 0.1, 6.2],
    [COCCYX_TIP[0] + 0.1, 5.0],
    [COCCYX_TIP[0] - 0.2, 3.95],
    [COCCYX_TIP[0] - 0.65, sl.cleft],
    [COCCYX_TIP[0] - 1.3, sl.cleft - 0.6],
  ]);
  return {
    /** Fifth lumbar vertebra and the tissue behind it, down to the L5–S1 disc. */
    l5: ([[OUT, TOP_H + 3], ...spineBetween(TOP_H + 3, PROMONTORY_H), ...disc] as Cm[]).map(P),
    /** Sacrum and the tissue behind it, from the disc to the sacrococcygeal joint. */
    sacrum: [...[...disc].reverse(), ...spineBetween(PROMONTORY_H, SACROCOCCYGEAL_H), ...scLine].map(P),
    /**
     * Coccyx and the tissue behind it, from the joint to the top of the anal cleft below its tip
     * (painted after the sacrum, so its top runs a little above the joint line).
     */
    coccyx: (
      [
        ...[...scLine]
          .reverse()
          .slice(0, -1)
          .map(([a, h]) => [a, h + 0.5] as Cm),
        scJoint,
        ...spineBetween(SACROCOCCYGEAL_H, 0),
        ...tipLine,
        [OUT, sl.cleft - 1.5],
      ] as Cm[]
    ).map(P),
    /**
     * The levator plate of the pelvic floor: from the coccyx tip forward and down to the back of
     * the anorectal junction, where the puborectalis slings round it.
     */
    levator: (
      [
        [6.2, 7.45],
        [7.3, 7.0],
        [8.4, 6.2],
        [9.35, 5.25],
        [9.95, 4.45],
        [9.8, 3.7],
        [9.0, 3.75],
        [8.1, 4.5],
        [7.1, 5.25],
        [6.1, 6.0],
        [5.7, 6.8],
      ] as Cm[]
    ).map(P),
  };
}

/**
 * Rectum and anal canal: the anal canal from just short of the anus up and forward to the
 * anorectal junction, the ampulla on the levator plate, the rectum up the hollow of the sacrum
 * to S2, then down its front wall (`front`, top to bottom). Its back is drawn into the bones
 * and the levator plate, and its front into the organs before it, all painted first, so that
 * it shares their walls.
 */
function rectum(
  front: readonly Cm[],
  canalFront: readonly Cm[] = [
    [10.5, 3.5],
    [9.8, 2.5],
    [9.4, 1.6],
  ],
): Cm[] {
  return [
    [8.8, 1.35],
    [8.3, 1.75],
    [8.6, 2.8],
    [9.15, 3.8],
    [8.6, 5.0],
    [7.4, 6.2],
    ...behindSpine(15.9, 7.6, 0.6).reverse(),
    [7.75, 16.6],
    [8.6, 16.75],
    ...front,
    ...canalFront,
  ];
}

// ---------------------------------------------------------------- female section

const F = placer(FEMALE_X0);

const FEMALE_FRONT: Cm[] = [
  // Vulva: the vestibule between the fourchette and the clitoral hood, then the mons and abdomen.
  [9.9, 0.2],
  [11.7, 0.0],
  [13.5, 0.05],
  [15.3, 0.3],
  [16.95, 0.95],
  [18.45, 2.05],
  [19.65, 3.6],
  [20.45, 5.35],
  [20.8, 7.2],
  [20.78, 9.1],
  [20.9, 11.4],
  [21.05, 14.0],
  [20.9, 16.5],
];

/** Outline of the female section. */
export const FEMALE_SECTION: Ring = smoothClosed([...topCut(DEPTH), ...BACK, ANUS, ...FEMALE_FRONT].map(F), 6);

/** Pubic symphysis: the joint and the bodies of the pubic bones cut in the midline, its top tilted forward. */
function symphysis(P: (p: Cm) => Point, halfLength: number): Point[] {
  const c: Cm = [17.75, HIP_H];
  return local(c, 65, [
    [-halfLength, 0],
    [-halfLength + 0.25, -0.75],
    [-halfLength * 0.4, -0.9],
    [halfLength * 0.4, -0.88],
    [halfLength - 0.2, -0.7],
    [halfLength, 0],
    [halfLength - 0.2, 0.75],
    [halfLength * 0.4, 0.9],
    [-halfLength * 0.4, 0.85],
    [-halfLength + 0.25, 0.7],
  ]).map(P);
}

/** The cervix's tip (external os) in the vaginal vault, and the uterus's axis (anteverted). */
const OS: Cm = [10.75, 7.35];
const UTERUS_DIR = 36;

export const FEMALE = {
  outline: FEMALE_SECTION,
  ...skeleton(F),
  symphysis: symphysis(F, 2.3),
  /** Bladder, moderately filled, behind the symphysis, with the urethra running down to the vestibule. */
  bladder: (
    [
      [14.9, 0.95],
      [15.1, 1.6],
      [15.2, 2.6],
      [15.5, 3.5],
      [16.1, 4.4],
      [16.5, 5.6],
      [16.6, 6.8],
      [16.2, 7.9],
      [15.2, 8.65],
      [13.9, 8.85],
      [12.7, 8.5],
      [12.0, 7.6],
      [12.05, 6.6],
      [12.45, 5.7],
      [13.1, 4.7],
      [13.75, 3.45],
      [14.05, 2.3],
      [14.25, 1.35],
      [14.55, 0.95],
    ] as Cm[]
  ).map(F),
  /** Uterus, anteverted and anteflexed over the bladder, the cervix reaching into the vaginal vault. */
  uterus: local(OS, UTERUS_DIR, [
    [-0.1, 0],
    [0.3, -1.0],
    [1.6, -1.25],
    [2.9, -1.35],
    [4.2, -1.95],
    [5.6, -2.3],
    [6.9, -1.95],
    [7.7, -1.0],
    [7.9, 0.2],
    [7.5, 1.45],
    [6.5, 2.25],
    [5.2, 2.4],
    [3.9, 2.0],
    [2.9, 1.45],
    [1.6, 1.3],
    [0.3, 1.0],
  ]).map(F),
  /**
   * Vagina, collapsed, from the introitus up and back over the levator plate to the posterior
   * fornix behind the cervix; drawn a little full in front, where the urethra and bladder
   * (painted first) take their walls back.
   */
  vagina: (
    [
      [13.15, 0.85],
      [12.75, 2.4],
      [12.0, 4.4],
      [10.95, 6.15],
      [9.85, 7.6],
      [9.45, 8.55],
      [9.75, 9.05],
      [10.4, 8.8],
      [11.3, 7.7],
      [12.45, 6.4],
      [13.5, 4.6],
      [14.25, 2.5],
      [14.35, 0.9],
      [13.8, 0.7],
    ] as Cm[]
  ).map(F),
  /**
   * Rectum and anal canal: up the hollow of the sacrum (drawn generously behind and in front, where
   * the bones, levator plate and vagina, painted first, take their walls back), the ampulla on
   * the levator plate, the anal canal turning down and back to just short of the anus.
   */
  rectum: rectum([
    [9.2, 16.1],
    [9.1, 14.7],
    [8.55, 13.2],
    [8.4, 11.5],
    [9.2, 9.7],
    [10.5, 8.1],
    [11.5, 6.6],
    [12.15, 5.3],
    [11.7, 4.4],
  ]).map(F),
  /**
   * Where the perineum meets the pelvis above it, back to front: under the levator plate, over the
   * perineal body, under the bladder neck and the symphysis, to the skin where the vulva meets the
   * mons. A grid row boundary (x increasing).
   */
  perinealLine: (
    [
      [2, 7.6],
      [6, 7.0],
      [9.0, 6.2],
      [11.5, 5.3],
      [13.5, 3.8],
      [15.3, 2.7],
      [16.6, 2.45],
      [18.0, 2.5],
      [20, 2.9],
    ] as Cm[]
  ).map(F),
};

// ---------------------------------------------------------------- male section

const M = placer(MALE_X0);

const MALE_FRONT: Cm[] = [
  // Perineum forward to the root of the scrotum and the penis, then the pubic region and abdomen.
  [9.9, 0.05],
  [11.5, -0.4],
  [13.2, -0.65],
  [15.2, -0.5],
  [17.0, 0.2],
  [18.6, 1.5],
  [19.8, 3.1],
  [20.45, 5.2],
  [20.7, 7.3],
  [20.72, 9.3],
  [20.88, 11.6],
  [21.0, 14.1],
  [20.85, 16.5],
];

/** Outline of the male section (trunk part; the penis and scrotum are drawn as their own parts). */
export const MALE_SECTION: Ring = smoothClosed([...topCut(DEPTH), ...BACK, ANUS, ...MALE_FRONT].map(M), 6);

/** The penis, flaccid, hanging in front of the scrotum from its root below the pubic region. */
export const PENIS: Ring = smoothClosed(
  (
    [
      [17.6, 1.6],
      [18.6, 3.3],
      [19.7, 3.75],
      [20.5, 2.4],
      [20.75, 0.0],
      [20.9, -2.9],
      [20.85, -4.45],
      [21.15, -5.2],
      [21.05, -6.6],
      [20.2, -7.65],
      [19.25, -7.5],
      [18.5, -6.6],
      [18.25, -5.25],
      [18.45, -4.5],
      [18.2, -2.9],
      [17.95, -0.6],
    ] as Cm[]
  ).map(M),
  6,
);

/** The scrotum, behind and below the penis; its top runs up into the perineum. */
export const SCROTUM: Ring = smoothClosed(
  (
    [
      [12.8, 0.2],
      [12.55, -2.2],
      [12.75, -4.6],
      [13.5, -6.8],
      [15.1, -8.1],
      [16.9, -7.7],
      [18.3, -6.2],
      [18.95, -3.6],
      [19.0, -1.0],
      [18.2, 1.0],
      [15.5, 1.0],
    ] as Cm[]
  ).map(M),
  6,
);

export const MALE = {
  outline: MALE_SECTION,
  ...skeleton(M),
  symphysis: symphysis(M, 2.5),
  /** Bladder, moderately filled, resting on the prostate behind the symphysis. */
  bladder: (
    [
      [13.2, 5.75],
      [12.1, 6.1],
      [11.3, 7.1],
      [11.15, 8.3],
      [11.6, 9.3],
      [12.7, 9.9],
      [14.2, 9.95],
      [15.5, 9.35],
      [16.25, 8.2],
      [16.35, 7.0],
      [15.8, 6.15],
      [14.6, 5.75],
    ] as Cm[]
  ).map(M),
  /** Prostate, below the bladder neck, its apex down and forward toward the perineal membrane. */
  prostate: (
    [
      [13.5, 6.3],
      [12.45, 5.95],
      [11.9, 5.0],
      [12.15, 3.95],
      [12.9, 3.1],
      [13.85, 2.65],
      [14.6, 2.95],
      [15.1, 3.9],
      [15.15, 5.0],
      [14.6, 5.9],
    ] as Cm[]
  ).map(M),
  /**
   * The root of the penis inside the body: the bulb in the perineum, under the prostate and
   * the symphysis, curving forward and down into the shaft.
   */
  penisRoot: (
    [
      [11.2, 1.05],
      [11.55, 1.9],
      [12.45, 2.15],
      [13.5, 1.85],
      [15.0, 1.7],
      [16.6, 2.15],
      [17.8, 2.4],
      [18.9, 2.85],
      [19.6, 3.3],
      [20.4, 3.5],
      [20.4, 2.0],
      [19.3, 0.6],
      [17.6, -0.2],
      [15.8, 0.5],
      [14.2, 0.5],
      [12.7, 0.2],
      [11.7, 0.3],
    ] as Cm[]
  ).map(M),
  /** The right testicle in the scrotum, its upper pole tilted forward. */
  testicle: local([15.75, -4.3], 62, [
    [-2.3, 0],
    [-1.7, -1.05],
    [0, -1.45],
    [1.7, -1.05],
    [2.3, 0],
    [1.7, 1.05],
    [0, 1.45],
    [-1.7, 1.05],
  ]).map(M),
  /**
   * Rectum and anal canal, as in the female section; in front lie the bladder and the prostate
   * (painted first).
   */
  rectum: rectum(
    [
      [9.2, 16.1],
      [9.2, 14.7],
      [9.0, 13.0],
      [9.6, 11.2],
      [11.0, 9.6],
      [11.7, 7.6],
      [12.6, 5.9],
      [12.5, 4.4],
      [12.65, 3.4],
    ],
    [
      [11.3, 2.95],
      [10.1, 2.4],
      [9.4, 1.6],
    ],
  ).map(M),
  /** As in the female section: under the levator plate, over the perineal body and the bulb, under the symphysis. */
  perinealLine: (
    [
      [2, 7.6],
      [6, 7.0],
      [9.0, 6.2],
      [11.4, 4.4],
      [12.9, 3.2],
      [14.6, 2.9],
      [15.7, 2.55],
      [16.8, 2.25],
      [17.9, 2.3],
      [19.2, 2.8],
      [21, 3.4],
    ] as Cm[]
  ).map(M),
};
