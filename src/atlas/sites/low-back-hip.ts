/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "low-back-hip".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  lm('gluteus-minimus-anterior', 'Gluteus minimus, anterior portion below the anterior iliac crest', { anterior: [70, 372], posterior: [72, 372] }),
  lm('gluteus-minimus-posterior', 'Gluteus minimus, posterior portion along the upper buttock', { posterior: [56, 366] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'gluteus-minimus': [
    ['posterior', 'deep', [[36, 352], [52, 341], [70, 345], [79, 370], [77, 396], [70, 404], [60, 392], [46, 374]]],
    ['anterior', 'deep', [[62, 352], [71, 347], [79, 372], [77, 396], [70, 398], [64, 380]]],
  ],
};
