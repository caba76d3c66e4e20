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
};
