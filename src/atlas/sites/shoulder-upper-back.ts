/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "shoulder-upper-back".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  lm('upper-trapezius-free-border', 'Free (anterior) border of the upper trapezius, mid-fibres', { posterior: [42, 123], 'head-lateral': [-26, 134] }),
  lm('upper-trapezius-lateral', 'Upper trapezius, lateral fibres above the scapular spine', { posterior: [60, 130], 'head-lateral': [-14, 146] }),
  lm('infraspinatus-upper-medial', 'Infraspinatus, just below the spine of the scapula, medial', { posterior: [40, 170] }),
  lm('infraspinatus-upper-lateral', 'Infraspinatus, just below the spine of the scapula, lateral', { posterior: [54, 173] }),
  lm('infraspinatus-lower-medial', 'Infraspinatus, lower medial fossa', { posterior: [40, 198] }),
  lm('supraspinatus-medial', 'Supraspinatus, medial supraspinous fossa', { posterior: [40, 144] }),
  lm('supraspinatus-lateral', 'Supraspinatus, lateral fossa near the acromion', { posterior: [62, 145] }),
  lm('supraspinatus-tendon', 'Supraspinatus tendon at the greater tubercle', { posterior: [86, 152], anterior: [86, 150] }),
  lm('subscapularis-lateral', 'Subscapularis at the lateral border of the scapula, reached from the axilla', { posterior: [62, 180], anterior: [70, 180] }),
  lm('subscapularis-upper', 'Subscapularis, upper lateral border near the glenoid', { posterior: [64, 166], anterior: [71, 166] }),
  // Middle and lower trapezius
  lm('middle-trapezius-medial', 'Middle trapezius, between the medial border of the scapula and the spine (TrP5)', { posterior: [20, 150] }),
  lm('middle-trapezius-lateral', 'Middle trapezius, lateral fibres just medial to the acromion (TrP6)', { posterior: [70, 143] }),
  lm('lower-trapezius-lateral-border', 'Lower trapezius, lateral border medial to the lower scapula (TrP3)', { posterior: [20, 200] }),
  lm('lower-trapezius-scapular', 'Lower trapezius near its scapular attachment, below the root of the scapular spine (TrP4)', { posterior: [28, 167] }),
  // Teres minor, teres major, latissimus dorsi
  lm('teres-minor', 'Teres minor, mid-belly along the lateral border of the scapula', { posterior: [60, 186] }),
  lm('teres-major-scapular', 'Teres major near the inferior angle of the scapula', { posterior: [46, 224] }),
  lm('teres-major-axillary', 'Teres major in the posterior axillary fold', { posterior: [62, 203] }),
  lm('latissimus-dorsi-axillary', 'Latissimus dorsi in the posterior axillary fold, at mid-scapular level', { posterior: [68, 193] }),
  lm('latissimus-dorsi-lower', 'Latissimus dorsi, lower lateral fibres over the lower ribs', { posterior: [58, 258] }),
  // Rhomboids
  lm('rhomboid-minor', 'Rhomboid minor, near the medial border of the scapula at the root of the spine', { posterior: [25, 150] }),
  lm('rhomboid-major', 'Rhomboid major, close to the medial border of the scapula', { posterior: [27, 190] }),
  // Deltoid
  lm('deltoid-anterior', 'Anterior deltoid, upper part near its anterior border', { anterior: [78, 165] }),
  lm('deltoid-middle', 'Middle deltoid, centre of the lateral fibres', { anterior: [99, 181], posterior: [99, 181] }),
  lm('deltoid-posterior', 'Posterior deltoid, along its posterior border', { posterior: [83, 180] }),
  // Serratus posterior superior and serratus anterior
  lm('serratus-posterior-superior', 'Serratus posterior superior, under the upper medial scapula (reached with the scapula drawn forward)', { posterior: [30, 151] }),
  lm('serratus-anterior', 'Serratus anterior, mid-axillary line at the level of the fifth and sixth ribs', { anterior: [62, 208] }),
  // Pectoralis major, pectoralis minor, subclavius
  lm('pectoralis-major-clavicular', 'Pectoralis major, clavicular section', { anterior: [56, 144] }),
  lm('pectoralis-major-sternal', 'Pectoralis major, intermediate sternal section, mid-belly', { anterior: [40, 168] }),
  lm('pectoralis-major-parasternal', 'Pectoralis major, medial sternal section beside the sternum', { anterior: [10, 180] }),
  lm('pectoralis-major-lateral-border', 'Pectoralis major, costal section at the lateral free border (anterior axillary fold)', { anterior: [60, 190] }),
  lm('pectoralis-minor-upper', 'Pectoralis minor just below the coracoid process', { anterior: [60, 153] }),
  lm('pectoralis-minor-lower', 'Pectoralis minor near its rib attachments (third to fifth ribs)', { anterior: [45, 182] }),
  lm('subclavius', 'Subclavius, under the middle of the clavicle', { anterior: [38, 137] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'upper-trapezius': [
    ['posterior', 'superficial', [[3, 82], [12, 85], [18, 92], [21, 106], [28, 117], [44, 124], [62, 130], [80, 135], [84, 141], [74, 143], [56, 141], [36, 139], [18, 137], [4, 135], [2, 110]]],
    ['head-lateral', 'superficial', [[-36, 76], [-29, 92], [-25, 108], [-20, 124], [-10, 138], [-4, 150], [-6, 160], [-20, 161], [-36, 160], [-50, 158], [-43, 142], [-34, 124], [-31, 106], [-35, 90], [-41, 78]]],
  ],
  'infraspinatus': [
    ['posterior', 'superficial', [[32, 161], [66, 157], [68, 170], [62, 186], [54, 204], [44, 224], [36, 222], [32, 200]]],
  ],
  'supraspinatus': [
    ['posterior', 'deep', [[30, 140], [44, 136], [60, 136], [74, 139], [86, 148], [81, 155], [64, 153], [46, 153], [32, 153]]],
  ],
  'subscapularis': [
    ['posterior', 'deep', [[34, 150], [62, 155], [67, 168], [60, 190], [46, 218], [36, 214], [33, 180]]],
    ['anterior', 'deep', [[62, 164], [73, 165], [74, 194], [64, 197], [60, 180]]],
  ],
  'middle-trapezius': [
    ['posterior', 'superficial', [[3, 130], [20, 136], [40, 139], [60, 139], [78, 140], [76, 146], [60, 148], [44, 153], [30, 160], [16, 166], [3, 168]]],
  ],
  'lower-trapezius': [
    ['posterior', 'superficial', [[3, 168], [16, 166], [30, 158], [36, 162], [30, 176], [23, 200], [15, 232], [6, 268], [2, 240], [2, 200]]],
  ],
  'teres-minor': [
    ['posterior', 'superficial', [[54, 204], [51, 196], [56, 182], [66, 167], [78, 156], [86, 160], [82, 168], [70, 180], [62, 196]]],
  ],
  'teres-major': [
    ['posterior', 'superficial', [[38, 230], [44, 238], [52, 228], [62, 212], [72, 196], [80, 184], [76, 176], [66, 184], [54, 198], [44, 214]]],
  ],
  'latissimus-dorsi': [
    ['posterior', 'superficial', [[4, 205], [24, 214], [42, 230], [60, 204], [72, 186], [80, 180], [76, 196], [68, 225], [64, 260], [62, 300], [52, 334], [30, 338], [6, 325], [3, 260]]],
  ],
  'rhomboids': [
    ['posterior', 'deep', [[2, 124], [8, 124], [30, 146], [31, 190], [40, 232], [34, 236], [18, 212], [3, 188], [2, 150]]],
  ],
  'deltoid': [
    ['anterior', 'superficial', [[62, 134], [76, 132], [88, 138], [100, 152], [104, 172], [104, 195], [100, 220], [94, 214], [84, 192], [74, 172], [66, 152]]],
    ['posterior', 'superficial', [[58, 146], [74, 140], [88, 138], [100, 152], [104, 172], [104, 195], [100, 220], [94, 214], [82, 196], [76, 176], [66, 158]]],
  ],
  'serratus-posterior-superior': [
    ['posterior', 'deep', [[2, 115], [8, 114], [24, 135], [42, 160], [46, 182], [38, 185], [22, 160], [6, 140], [2, 130]]],
  ],
  'serratus-anterior': [
    ['anterior', 'superficial', [[52, 182], [64, 178], [67, 195], [66, 220], [63, 244], [58, 248], [52, 234], [50, 210]]],
  ],
  'pectoralis-major': [
    ['anterior', 'superficial', [[4, 130], [22, 129], [44, 132], [60, 140], [72, 152], [78, 165], [74, 176], [64, 186], [50, 210], [34, 225], [16, 230], [5, 228], [3, 180]]],
  ],
  'pectoralis-minor': [
    ['anterior', 'deep', [[64, 142], [70, 148], [62, 160], [52, 180], [47, 200], [36, 198], [40, 178], [48, 162], [58, 148]]],
  ],
  'subclavius': [
    ['anterior', 'deep', [[14, 132], [30, 131], [50, 133], [58, 136], [50, 140], [30, 139], [16, 138]]],
  ],
};
