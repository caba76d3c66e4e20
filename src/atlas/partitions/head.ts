/**
 * How the head and neck are cut into regions: the front and the back of the head on the
 * whole-body views, the right lateral head-and-neck view, and its mouth-and-throat inset.
 * See ../parts.ts for rows, cells, boundaries and patches.
 *
 * Boundaries follow surface anatomy: the hairline and the superior temporal line (forehead and
 * parietal area vs temple), the zygomatic arch, the orbital rim and the eyebrow ridge, the
 * nasolabial fold, the lips and the mentolabial sulcus, the lower border of the mandible and its
 * angle, the ramus, the mastoid process, the superior nuchal line (occiput vs suboccipital area),
 * the borders of the sternocleidomastoid (throat in front of it, the lateral neck over it, the
 * back of the neck behind it), the anterior border of the trapezius (supraclavicular fossa vs
 * the top of the shoulder), and the clavicle.
 */
import { INF, R, type Partition, type Patch } from '../parts';
import { mouthAt } from '../figure-mouth';
import type { Point } from '../types';

const patch = (region: string, points: Point[]): Patch => ({ region, points });

/** Eight points round an oval (centre, half-axes, tilt of the first axis in degrees from +s). */
function oval(cx: number, cy: number, rx: number, ry: number, tilt = 0): Point[] {
  const a = (tilt * Math.PI) / 180;
  return Array.from({ length: 8 }, (_, i) => {
    const t = (i / 8) * 2 * Math.PI;
    const x = rx * Math.cos(t);
    const y = ry * Math.sin(t);
    return [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)] as Point;
  });
}

// ------------------------------------------------------------------ front of the head
// Axial part: boundaries for the right half (s = x >= 0), mirrored. Patches stay clear of the
// midline; regions that reach it (vertex, forehead, nose, lips, chin) are first cells.

/** The eye and its socket, inside the orbital rim. */
const A_ORBIT = patch('orbit', [[5.2, 46], [5.8, 42.4], [8.6, 40.4], [14, 40], [19.8, 41], [22.4, 46], [20.3, 51], [14, 52.5], [8, 51]]);
/** The eyebrow on the supraorbital ridge, from its medial end beside the glabella to its tail. */
const A_EYEBROW = patch('eyebrow', [[5, 39.8], [7, 36.6], [10, 35.2], [15, 34.4], [20.5, 35], [24.6, 37.2], [24.6, 40.6], [20, 41.6], [15, 41.6], [10, 42], [6.6, 42.6]]);
/** The lower eyelid and the infraorbital margin: a crescent under the orbit. */
const A_INFRAORBITAL = patch('infraorbital', [[7, 51.5], [10, 48.5], [16, 48], [22, 49.5], [23.5, 53.5], [20, 57], [14, 57.6], [8.8, 56]]);
/** The malar eminence, lateral and below the orbit, running out along the zygomatic arch. */
const A_ZYGOMA = patch('zygoma', [[18, 56], [21.5, 51.5], [27, 50.2], [34, 50.5], [37, 55], [34, 59], [28, 61], [21.5, 61], [18, 59]]);
/**
 * The glabella: the smooth prominence between the eyebrows, above the nasion (a midline patch,
 * both halves listed). It tucks under the medial ends of the brows, painted before it, and dips
 * just below the nasion line so no sliver of forehead or nose is left between.
 */
const A_GLABELLA = patch('glabella', [
  [0, 31.2], [3.6, 31.8], [6.4, 33.8], [8, 37], [7.6, 40.6], [4.6, 43.2], [0, 43.6],
  [-4.6, 43.2], [-7.6, 40.6], [-8, 37], [-6.4, 33.8], [-3.6, 31.8],
]);
/** The angle of the mandible at the lower corner of the face. */
const A_JAW_ANGLE = patch('jaw-angle', [[17.5, 86.5], [19.5, 82], [24.5, 81], [29, 83.5], [27.5, 90.5], [23, 94.5], [18.5, 92]]);

/** Lower edge of the vertex: the top of the head above the frontal hairline. */
const A_VERTEX: Point[] = [[0, 11.5], [10, 11], [18, 9.2], [25, 6.5], [31, 2.5]];
/** Forehead / temple: the superior temporal line, down to the lateral orbital rim and the arch. */
const A_TEMPORAL_LINE: Point[] = [[24, 4], [25.8, 13], [26.2, 22], [25.4, 31], [24.4, 38], [24.6, 45], [26.5, 53]];
/** Bottom of the forehead: the nasion between the eyebrows, then hidden under the brows. */
const A_BROWS: Point[] = [[0, 42.5], [3, 42], [6, 40.5], [9, 39]];
/** The nose: the side of the bridge widening to the ala. */
const A_NOSE: Point[] = [[5, 41], [4.8, 47], [5.2, 54], [6.2, 59], [6.6, 62], [6.2, 65]];
/** Behind the eye: the lateral orbital rim, temple behind it (hidden under the brow, eye and cheekbone). */
const A_ORBIT_RIM: Point[] = [[19, 38], [19.5, 42], [20, 46], [20.5, 50], [21, 53], [23, 57]];
/** Across the cheekbones (hidden under the zygoma): temple above, ramus below. */
const A_ARCH: Point[] = [[0, 56], [20, 56], [34, 55.5]];
/** Masseter's anterior border: cheek vs the ramus at the side of the face. */
const A_MASSETER: Point[] = [[23, 57], [22.4, 64], [22.4, 72], [23, 80], [24, 86]];
/** The base of the nose (subnasale) running out under the ala. */
const A_NOSE_BASE: Point[] = [[0, 64.8], [2.5, 65.2], [4.8, 64.4], [6.2, 63]];
/** The nasolabial fold: upper lip vs cheek. */
const A_NASOLABIAL: Point[] = [[6.2, 62], [8.6, 66], [10.6, 71], [11.6, 76], [11.8, 78]];
/** The mouth: the lips meet at the midline; beyond the corner, cheek above, jaw below. */
const A_MOUTH: Point[] = [[0, 77.4], [4.5, 76.9], [9, 77.6], [11.8, 78.4], [16, 80], [22, 81.5]];
/** The lower lip's lateral edge (labiomandibular fold). */
const A_LOWER_LIP: Point[] = [[11.8, 77], [11.2, 80.5], [10.2, 84], [9.6, 87]];
/** The mentolabial sulcus: lower lip vs chin. */
const A_MENTOLABIAL: Point[] = [[0, 85.5], [5, 85], [9.8, 84.2]];
/** The chin's lateral edge (the mental protuberance). */
const A_CHIN: Point[] = [[9.8, 84], [9.4, 90], [8.2, 96], [6, 102]];

export const HEAD_ANTERIOR: Partition = {
  patches: [A_ORBIT, A_EYEBROW, A_GLABELLA, A_INFRAORBITAL, A_ZYGOMA, A_JAW_ANGLE],
  grid: [
    R(A_VERTEX, 'vertex'),
    R(A_BROWS, 'forehead', A_TEMPORAL_LINE, 'temple'),
    R(A_ARCH, 'nose', A_NOSE, 'buccal', A_ORBIT_RIM, 'temple'),
    R(A_NOSE_BASE, 'nose', A_NOSE, 'buccal', A_MASSETER, 'ramus'),
    R(A_MOUTH, 'upper-incisors', A_NASOLABIAL, 'buccal', A_MASSETER, 'ramus'),
    R(A_MENTOLABIAL, 'lower-incisors', A_LOWER_LIP, 'mandibular-body', A_MASSETER, 'ramus'),
    R(INF, 'chin', A_CHIN, 'mandibular-body'),
  ],
};

// ------------------------------------------------------------------- back of the head
// Axial part (s = x >= 0, the patient's right, mirrored).

/** The mastoid process behind and below the ear. */
const P_MASTOID = patch('mastoid', [[24, 58], [26.5, 52.5], [31, 51], [36, 55], [37, 64], [34.5, 74], [30, 81], [25.5, 82.5], [23.2, 76], [23, 66]]);

/**
 * The external occipital protuberance (inion): the bump on the midline where the superior nuchal
 * lines meet, taking a little of the occiput above the line and of the suboccipital area below.
 */
const P_EOP = patch('external-occipital-protuberance', [
  [0, 59.6], [3.8, 60.2], [6.4, 62.4], [7.2, 65.8], [6, 69.2], [3.4, 71], [0, 71.4],
  [-3.4, 71], [-6, 69.2], [-7.2, 65.8], [-6.4, 62.4], [-3.8, 60.2],
]);

/** Lower edge of the vertex: the crown. */
const P_VERTEX: Point[] = [[0, 12.5], [10, 12], [18, 9.6], [25, 6], [31, 2]];
/** Parietal vs occiput: the lambdoid line, from the crown down to behind the top of the ear. */
const P_LAMBDOID: Point[] = [[8, 12], [14, 17], [20, 25], [25, 34], [28.5, 43], [30.5, 51]];
/** The superior nuchal line, from the external occipital protuberance out to the mastoid. */
const P_NUCHAL: Point[] = [[0, 65.5], [8, 66], [15, 67.5], [21, 70], [27, 73.5]];
/** The suboccipital area ends at about the level of C2, where the nape begins. */
const P_C2: Point[] = [[0, 91], [10, 90.2], [17, 88.5], [24, 85]];

export const HEAD_POSTERIOR: Partition = {
  patches: [P_MASTOID, P_EOP],
  grid: [
    R(P_VERTEX, 'vertex'),
    R(P_NUCHAL, 'occiput', P_LAMBDOID, 'parietal'),
    R(P_C2, 'suboccipital'),
    R(INF, 'posterior-neck'),
  ],
};

// --------------------------------------------------------- lateral head and neck view
// Single part in the HEAD_PROFILE frame: x forward (the face looks to +x), 0 at the ear, y down.
// The rounded features are patches painted in this order (earlier ones keep what they cover);
// the grid's bands then fill the rest: scalp, face and jaw, neck, and the root of the neck.

/** The temporomandibular joint, just in front of the tragus. */
const L_TMJ = patch('tmj', [[5, 49], [7.8, 50.4], [8.8, 53.5], [7.8, 56.8], [5, 58.2], [2.2, 56.8], [1, 53.5], [2, 50.4]]);
/** The external nose, from the nasion down the nasofacial line and round the ala. */
const L_NOSE = patch('nose', [[36.2, 39], [35.2, 45], [35.2, 51], [36, 56.5], [37.6, 60.5], [40, 63], [44, 64.2], [52, 60], [52, 46], [42, 36.5]]);
/** The eye in its socket (the lateral orbital rim bounds it behind). */
const L_ORBIT = patch('orbit', [[26.5, 46], [28, 41.8], [31.5, 40.3], [35.5, 41.5], [37.5, 46], [35.5, 50.3], [31.5, 51.8], [28, 50.3]]);
/** The eyebrow along the supraorbital ridge, out to its tail at the temporal line. */
const L_EYEBROW = patch('eyebrow', [[25, 38.5], [26.5, 35.3], [31, 33.7], [36, 33.1], [41, 33.5], [42, 38.5], [37, 42.5], [31.5, 42], [27.5, 42]]);
/** The lower eyelid and infraorbital margin, under the eye and in front of the cheekbone. */
const L_INFRAORBITAL = patch('infraorbital', [[28.5, 52], [30, 49], [34, 48], [38, 49.5], [38.5, 53.5], [35.5, 56.3], [31.5, 56.8], [29, 55]]);
/** The cheekbone and the zygomatic arch running back from it to the TMJ. */
const L_ZYGOMA = patch('zygoma', [[6, 51], [12, 50.2], [18, 49.6], [23.5, 48.4], [28, 48.2], [30.6, 51.5], [29.6, 56.2], [25, 59.2], [19.5, 58.2], [13.5, 56.6], [7, 56.2]]);
/**
 * The mastoid process and the skin behind the ear, from behind the top of the helix down to
 * the mastoid tip, where the sternocleidomastoid takes over.
 */
const L_MASTOID = patch('mastoid', [[-9, 43], [-13.5, 41.2], [-18.5, 42], [-22, 45.5], [-23.8, 52], [-23.8, 60], [-22, 68], [-18.8, 74.5], [-14.8, 77.6], [-11.4, 76], [-9, 71], [-8, 60], [-8, 50]]);
/**
 * The temple: a fan above the zygomatic arch and in front of the ear, reaching back over the
 * ear to the mastoid, bounded above by the superior temporal line. Its lower edge tucks under
 * the TMJ, the arch, the ear and the mastoid, which were painted before it.
 */
const L_TEMPLE = patch('temple', [[29, 40.5], [28.2, 33], [25.5, 27], [19, 22], [10, 19.5], [0, 19.4], [-9, 21.4], [-16, 26], [-20.5, 31], [-22.8, 38], [-21.6, 46], [-12, 45.5], [-4, 45], [2.2, 52.5], [10, 52.5], [20, 51.5], [27, 49.5]]);
/** The glabella where the profile presents it: the front of the brow between the eyebrow and the nasion. */
const L_GLABELLA = patch('glabella', oval(40.6, 34, 7, 5.2));
/** The external occipital protuberance at the back of the profile, on the superior nuchal line. */
const L_EOP = patch('external-occipital-protuberance', oval(-49.6, 64.2, 5.8, 5.6));
/** The angle of the mandible (gonion). */
const L_JAW_ANGLE = patch('jaw-angle', oval(3.2, 89.6, 7, 5.4, 38));
/** The angle of the neck: where the neck meets the shoulder, over levator scapulae. */
const L_ANGLE_OF_NECK = patch('angle-of-neck', oval(-26.5, 124.5, 8.5, 5.4, 28));
/** The sternoclavicular joint at the root of the neck. */
const L_STERNOCLAVICULAR = patch('sternoclavicular', oval(18.5, 147.6, 6, 4.8, 12));

// Row boundaries (t = f(s), s increasing).
/** Lower edge of the vertex: the crown, above the parietal area and the frontal hairline. */
const L_VERTEX: Point[] = [[-44, 2], [-32, 8], [-16, 10.5], [0, 10.5], [12, 8.5], [22, 4]];
/**
 * The scalp ends at the superior nuchal line behind (occiput vs suboccipital area); in front
 * the line runs hidden under the mastoid, the ear, the TMJ, the arch and the eye.
 */
const L_NUCHAL: Point[] = [[-50, 66.5], [-43, 64], [-34, 63.4], [-26, 64.5], [-18, 63], [-8, 58], [1, 53.5], [8, 53.2], [18, 53], [28, 52.5], [40, 52]];
/** Cheek vs the upper teeth: the upper alveolar margin, reaching the subnasale. */
const L_UPPER_GUM: Point[] = [[-26, 68], [-14, 70], [-4, 67], [4, 66.2], [13, 65.6], [23, 65], [31, 63.8], [37, 62.6], [42, 62.2]];
/** The occlusal plane through the lips, rising slightly toward the ramus (curve of Spee). */
const L_OCCLUSAL: Point[] = [[10, 73], [20, 73.7], [30, 73.7], [40, 73.2]];
/** Lower teeth vs the body of the mandible; lower lip vs chin (the mentolabial sulcus). */
const L_LOWER_GUM: Point[] = [[-4, 86], [4, 84.2], [11, 83.2], [20, 84], [30, 84.5], [37, 84.5], [44, 84]];
/** The lower border of the mandible from the angle to the chin; behind, C2 at the nape. */
const L_JAWLINE: Point[] = [[-50, 88.5], [-40, 90], [-30, 92.5], [-16, 93.6], [-4, 92.5], [3, 90.5], [7, 91.2], [14, 94.8], [23, 98.2], [30.5, 100], [36, 100.5]];
/** The submandibular triangle's floor: from the angle forward along the digastric to the hyoid. */
const L_HYOID: Point[] = [[-2, 100], [5, 104], [11, 107], [16, 109], [22, 110]];
/** Root of the neck: the nape ends at the angle of the neck; the posterior triangle's floor. */
const L_NECK_ROOT: Point[] = [[-46, 121], [-38, 124], [-30, 126], [-20, 126.4], [-12, 125], [-4, 125.6], [4, 128]];
/** Upper and lower borders of the clavicle, from the acromion forward to the sternal end. */
const L_CLAVICLE_TOP: Point[] = [[-40, 139.5], [-22, 138.6], [-12, 140], [-2, 142], [8, 143.8], [18, 145]];
const L_CLAVICLE_BOTTOM: Point[] = [[-22, 144.2], [-12, 145.6], [-2, 148], [8, 150], [18, 151]];

// Cell boundaries (s = f(t), t increasing).
/** Forehead's back edge: the frontal hairline running down to the temporal line. */
const L_HAIRLINE: Point[] = [[16, 0], [17, 8], [18.5, 14], [22, 20], [26, 27]];
/** Parietal vs occiput: the lambdoid line, ending under the temple's back edge. */
const L_LAMBDOID: Point[] = [[-27, 4], [-29.5, 14], [-30, 24], [-28, 32], [-20, 38.5]];
/** Anterior border of the trapezius, down to the clavicle: top of the shoulder behind it, the supraclavicular fossa in front. */
const L_TRAPEZIUS: Point[] = [[-26, 64], [-27.5, 80], [-28, 95], [-27, 108], [-24.5, 118], [-20.5, 129], [-16, 139], [-12, 150]];
/** Anterior border of the sternocleidomastoid, from the mastoid tip to the sternum. */
const L_SCM_FRONT: Point[] = [[-11, 70], [-8, 78], [-5, 86], [-1.5, 95], [3, 104], [8, 114], [12, 124], [15.5, 133], [18, 140]];
/** Posterior border of the sternocleidomastoid, from the mastoid to the clavicle: the back of the neck (and the suboccipital area) behind it. */
const L_SCM_BACK: Point[] = [[-22, 70], [-19.8, 82], [-18.5, 95], [-14, 110], [-8.5, 121], [-3.5, 131], [1.5, 140], [4.5, 146]];
/** Posterior border of the ramus, from the condyle down to the angle. */
const L_RAMUS_BACK: Point[] = [[-1, 56], [-1, 66], [1, 71], [1.8, 77], [1.6, 83], [2.6, 87]];
/** Anterior border of the ramus (coronoid down to the last molar). */
const L_RAMUS_FRONT: Point[] = [[14.2, 57], [12.8, 65], [12.1, 73.5], [12.4, 79], [13.4, 84]];
/** Between the molars and the premolars (with the canine) of each dental arch. */
const L_MOLARS: Point[] = [[26.6, 61], [25.2, 67], [24.6, 73.5], [25, 79], [26.2, 85]];
/** The nasolabial fold, running on as the labiomandibular fold beside the lower lip. */
const L_NASOLABIAL: Point[] = [[38.5, 60], [36.8, 65], [35.2, 70], [34.3, 74], [34, 79], [34.2, 84]];
/** The chin's back edge (mental protuberance). */
const L_CHIN: Point[] = [[33, 82], [31, 90], [30, 96], [29.5, 102]];
/** Submandibular vs submental: the anterior belly of the digastric. */
const L_DIGASTRIC: Point[] = [[21, 96], [20.5, 100], [20, 104], [19.5, 110]];
/** Neck base (C7) vs the top of the shoulder. */
const L_C7: Point[] = [[-35, 122], [-33, 128], [-32, 134], [-32, 142]];
/** Suprascapular area vs acromion, and acromion vs the clavicle. */
const L_SCAPULA: Point[] = [[-29, 138], [-31.5, 145], [-33, 153], [-33, 162], [-31.5, 172]];
const L_ACROMION: Point[] = [[-16, 139], [-14.6, 146], [-13.5, 154], [-13, 164], [-14, 172]];
const L_STERNAL_END: Point[] = [[15.5, 142], [15.2, 147], [15.5, 153]];

export const HEAD_LATERAL: Partition = {
  patches: [L_TMJ, L_NOSE, L_ORBIT, L_GLABELLA, L_EOP, L_EYEBROW, L_INFRAORBITAL, L_ZYGOMA, L_MASTOID, L_TEMPLE, L_JAW_ANGLE, L_ANGLE_OF_NECK, L_STERNOCLAVICULAR],
  grid: [
    R(L_VERTEX, 'vertex', L_HAIRLINE, 'forehead'),
    R(L_NUCHAL, 'occiput', L_LAMBDOID, 'parietal', L_HAIRLINE, 'forehead'),
    R(L_UPPER_GUM, 'suboccipital', L_SCM_BACK, 'lateral-neck', L_SCM_FRONT, 'retromandibular', L_RAMUS_BACK, 'ramus', L_RAMUS_FRONT, 'buccal'),
    R(L_OCCLUSAL, 'suboccipital', L_SCM_BACK, 'lateral-neck', L_SCM_FRONT, 'retromandibular', L_RAMUS_BACK, 'ramus', L_RAMUS_FRONT, 'upper-molars', L_MOLARS, 'upper-premolars', L_NASOLABIAL, 'upper-incisors'),
    R(L_LOWER_GUM, 'suboccipital', L_SCM_BACK, 'lateral-neck', L_SCM_FRONT, 'retromandibular', L_RAMUS_BACK, 'ramus', L_RAMUS_FRONT, 'lower-molars', L_MOLARS, 'lower-premolars', L_NASOLABIAL, 'lower-incisors'),
    R(L_JAWLINE, 'suboccipital', L_SCM_BACK, 'lateral-neck', L_SCM_FRONT, 'retromandibular', L_RAMUS_BACK, 'mandibular-body', L_CHIN, 'chin'),
    R(L_HYOID, 'posterior-neck', L_SCM_BACK, 'lateral-neck', L_SCM_FRONT, 'submandibular', L_DIGASTRIC, 'submental'),
    R(L_NECK_ROOT, 'posterior-neck', L_SCM_BACK, 'lateral-neck', L_SCM_FRONT, 'throat'),
    R(L_CLAVICLE_TOP, 'neck-base', L_C7, 'shoulder-top', L_TRAPEZIUS, 'supraclavicular', L_SCM_BACK, 'lateral-neck', L_SCM_FRONT, 'throat'),
    R(L_CLAVICLE_BOTTOM, 'suprascapular', L_SCAPULA, 'acromion', L_ACROMION, 'clavicle', L_STERNAL_END, 'infraclavicular'),
    R(INF, 'suprascapular', L_SCAPULA, 'acromion', L_ACROMION, 'infraclavicular'),
  ],
};

// ------------------------------------------------------------- mouth and throat inset
// Single part in the inset's own frame (../figure-mouth.ts), drawn in unit coordinates: u from
// the back wall of the pharynx forward, v from the top of the nasopharynx down.

const u = (pts: [number, number][]): Point[] => pts.map(([a, b]) => mouthAt(a, b));

/** The upper lip over the upper incisors, and the lower lip over the lower incisors. */
const M_UPPER_LIP = patch('upper-incisors', u([[0.8, 0.2], [0.82, 0.06], [1.1, 0.02], [1.15, 0.3], [1.05, 0.425], [0.92, 0.43], [0.84, 0.36]]));
const M_LOWER_LIP = patch('lower-incisors', u([[0.8, 0.56], [0.86, 0.44], [1.05, 0.425], [1.15, 0.6], [1.05, 0.8], [0.88, 0.76], [0.81, 0.68]]));
/** The oral surface of the palate, arched over the tongue, from the soft palate to the incisors. */
const M_ROOF = u([[0.3, 0.44], [0.4, 0.33], [0.55, 0.27], [0.7, 0.25], [0.85, 0.26]]);
/** The back of the hard palate: the soft palate behind it hangs in the pharynx (the back of the throat). */
const M_HARD_PALATE_END = u([[0.46, -0.1], [0.46, 0.12], [0.44, 0.32]]);
/** The front wall of the oropharynx: the base of the tongue, down to the vallecula. */
const M_TONGUE_BASE = u([[0.34, 0.3], [0.28, 0.45], [0.26, 0.62], [0.28, 0.8], [0.3, 0.9], [0.27, 1.1]]);

export const MOUTH_SECTION_LATERAL: Partition = {
  patches: [M_UPPER_LIP, M_LOWER_LIP],
  grid: [
    R(M_ROOF, 'pharynx', M_HARD_PALATE_END, 'palate'),
    R(INF, 'pharynx', M_TONGUE_BASE, 'tongue'),
  ],
};
