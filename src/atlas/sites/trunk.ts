/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "trunk".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 *
 * The back muscles of the low-back-hip area that belong to the same chapters (iliocostalis
 * lumborum, multifidi, quadratus lumborum, iliopsoas) are kept here with the rest of the trunk.
 * Vertebral levels assumed on the posterior view: T6 ≈ y 222, T7 ≈ 232 (inferior scapular angle),
 * T10 ≈ 266, T12 ≈ 290, L1 ≈ 300, L2 ≈ 310, L3 ≈ 320, L4 ≈ 332 (iliac crest), L5 ≈ 342, S1 ≈ 355.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  // Back of the trunk
  lm('serratus-posterior-inferior-ribs', 'Serratus posterior inferior, over the lower ribs near their attachments', { posterior: [42, 272] }),
  lm('iliocostalis-thoracis-mid', 'Iliocostalis thoracis, mid-thoracic level (about T6)', { posterior: [28, 222] }),
  lm('iliocostalis-thoracis-low', 'Iliocostalis thoracis, lower thoracic level (about T11)', { posterior: [32, 280] }),
  lm('iliocostalis-lumborum-upper', 'Iliocostalis lumborum, upper lumbar level (about L1), lateral to longissimus', { posterior: [32, 302] }),
  lm('longissimus-thoracis-t10', 'Longissimus thoracis, lower thoracic level (T10-T11)', { posterior: [14, 268] }),
  lm('longissimus-thoracis-l1', 'Longissimus thoracis, upper lumbar level (about L1)', { posterior: [14, 300] }),
  lm('rotatores-thoracic', 'Rotatores and multifidi, deep in the groove beside a thoracic spinous process', { posterior: [4, 245] }),
  lm('multifidi-lumbar', 'Multifidi, deep beside the upper lumbar spinous processes (L1-L2)', { posterior: [5, 310] }),
  lm('multifidi-sacral', 'Multifidi, over the back of the sacrum at S1', { posterior: [6, 356] }),
  lm('quadratus-lumborum-superficial-upper', 'Quadratus lumborum, lateral fibres just below the 12th rib', { posterior: [48, 296] }),
  lm('quadratus-lumborum-superficial-lower', 'Quadratus lumborum, lateral fibres just above the iliac crest', { posterior: [48, 322] }),
  lm('quadratus-lumborum-deep-upper', 'Quadratus lumborum, deep medial fibres near the L3 transverse process', { posterior: [28, 314] }),
  lm('quadratus-lumborum-deep-lower', 'Quadratus lumborum, deep medial fibres at L4-L5, above the iliac crest', { posterior: [24, 332] }),
  // Front of the trunk
  lm('sternalis-upper', 'Sternalis, over the upper body of the sternum', { anterior: [5, 158] }),
  lm('sternalis-mid', 'Sternalis, at mid-sternal level', { anterior: [5, 190] }),
  lm('intercostals-anterolateral', 'Intercostal muscles, in an anterolateral intercostal space', { anterior: [58, 212] }),
  lm('diaphragm-costal', 'Diaphragm, costal attachment reached under the anterior costal margin', { anterior: [34, 242] }),
  lm('rectus-abdominis-upper', 'Rectus abdominis, upper end near the xiphoid and costal margin', { anterior: [12, 236] }),
  lm('rectus-abdominis-periumbilical', 'Rectus abdominis, lateral border at the level of the navel', { anterior: [18, 300] }),
  lm('rectus-abdominis-mcburney', 'Rectus abdominis, lateral border of the lower muscle near McBurney’s point', { anterior: [20, 340] }),
  lm('rectus-abdominis-lower', 'Rectus abdominis, lowest fibres just above the pubic bone', { anterior: [10, 380] }),
  lm('obliques-upper-external', 'External oblique, upper fibres over the lower anterior ribs', { anterior: [46, 240] }),
  lm('obliques-lateral-lower', 'Internal and external obliques, lower lateral wall above the iliac crest', { anterior: [56, 328] }),
  lm('obliques-inguinal', 'Internal oblique, lower fibres along the inguinal ligament and pubic crest', { anterior: [24, 372] }),
  lm('pyramidalis-body', 'Pyramidalis, just above the pubic bone beside the midline', { anterior: [5, 386] }),
  lm('iliopsoas-psoas-abdominal', 'Psoas major, reached through the abdominal wall lateral to rectus near navel level', { anterior: [22, 310] }),
  lm('iliopsoas-iliacus', 'Iliacus, inside the rim of the pelvis behind the anterior superior iliac spine', { anterior: [50, 350] }),
  lm('iliopsoas-distal', 'Iliopsoas, distal fibres in the femoral triangle toward the lesser trochanter', { anterior: [30, 414] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'serratus-posterior-inferior': [
    ['posterior', 'deep', [[6, 262], [26, 252], [46, 244], [58, 252], [58, 276], [50, 288], [32, 296], [14, 300], [6, 298]]],
  ],
  'iliocostalis-thoracis': [
    ['posterior', 'deep', [[22, 168], [30, 166], [35, 190], [36, 230], [37, 266], [35, 292], [26, 294], [22, 266], [20, 226], [19, 190]]],
  ],
  'iliocostalis-lumborum': [
    ['posterior', 'superficial', [[22, 284], [34, 282], [40, 296], [41, 318], [36, 338], [26, 346], [18, 340], [17, 314], [18, 296]]],
  ],
  'longissimus-thoracis': [
    ['posterior', 'superficial', [[8, 150], [16, 150], [20, 190], [22, 240], [24, 290], [22, 330], [16, 350], [8, 352], [6, 320], [6, 250], [6, 190]]],
  ],
  'multifidi-and-rotatores': [
    ['posterior', 'deep', [[2, 200], [9, 200], [12, 250], [13, 300], [15, 340], [15, 372], [8, 382], [2, 378], [2, 300]]],
  ],
  'quadratus-lumborum': [
    ['posterior', 'deep', [[14, 290], [32, 286], [50, 288], [55, 300], [53, 318], [46, 334], [30, 338], [18, 336], [13, 312]]],
  ],
  'sternalis': [
    ['anterior', 'superficial', [[3, 140], [9, 140], [12, 165], [12, 200], [10, 222], [4, 224], [3, 190], [2, 160]]],
  ],
  'intercostals': [
    ['anterior', 'deep', [[38, 194], [56, 188], [68, 200], [67, 225], [62, 250], [48, 254], [40, 236], [38, 214]]],
  ],
  'diaphragm': [
    ['anterior', 'deep', [[3, 226], [18, 222], [36, 230], [54, 240], [62, 256], [56, 268], [36, 262], [18, 252], [3, 246]]],
  ],
  'rectus-abdominis': [
    ['anterior', 'superficial', [[2, 212], [12, 206], [22, 214], [23, 250], [22, 300], [20, 340], [15, 378], [10, 398], [3, 400], [2, 330]]],
  ],
  'abdominal-obliques': [
    ['anterior', 'superficial', [[26, 216], [46, 212], [62, 228], [63, 262], [62, 290], [68, 318], [70, 338], [58, 350], [42, 366], [28, 374], [24, 340], [24, 280]]],
  ],
  'pyramidalis': [
    ['anterior', 'superficial', [[2, 366], [6, 364], [9, 372], [10, 386], [8, 396], [2, 398]]],
  ],
  'iliopsoas': [
    ['anterior', 'deep', [[8, 286], [18, 286], [24, 316], [40, 334], [60, 340], [58, 362], [44, 392], [36, 424], [26, 428], [22, 404], [14, 356], [8, 320]]],
  ],
};
