/**
 * Trigger point landmarks and muscle outlines for the muscles of the forearm and hand.
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 * Hand insets use hand-local (s, t): s toward the thumb, t from the wrist crease to the fingertips.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  lm('palmaris-longus-belly', 'Palmaris longus, mid-belly in the upper forearm', { anterior: [111.7, 326.8] }),
  lm('fcr-belly', 'Flexor carpi radialis, mid-belly in the upper forearm', { anterior: [116.4, 336.2] }),
  lm('fcu-belly', 'Flexor carpi ulnaris, belly along the ulnar border of the upper forearm', { anterior: [108.7, 341.6] }),
  lm('finger-flexors-radial', 'Flexor digitorum superficialis (radial head), mid-forearm', { anterior: [121.6, 351.5] }),
  lm('finger-flexors-ulnar', 'Flexor digitorum superficialis and profundus, ulnar part of the upper forearm', { anterior: [108.2, 327.4] }),
  lm('fpl-belly', 'Flexor pollicis longus, radial side of the distal forearm', { anterior: [126.3, 373] }),
  lm('pronator-teres-belly', 'Pronator teres, just distal to the elbow crease at the medial edge of the cubital fossa', { anterior: [110.3, 312.9] }),
  lm('opponens-pollicis-belly', 'Opponens pollicis, thenar eminence over the first metacarpal', { 'hand-palmar': [10, 11], anterior: [139.7, 415.1] }),
  lm('adductor-pollicis-web', 'Adductor pollicis, in the thumb web on the palm side', { 'hand-palmar': [13.5, 29], anterior: [146.3, 432.3] }),
  lm('interossei-first-dorsal', 'First dorsal interosseous, between the first and second metacarpals', { 'hand-dorsal': [13.5, 22], posterior: [145.1, 425.4] }),
  lm('interossei-second-dorsal', 'Second dorsal interosseous, between the second and third metacarpals', { 'hand-dorsal': [8, 26], posterior: [140.3, 430.2] }),
  lm('abductor-digiti-minimi-hand', 'Abductor digiti minimi, ulnar border of the hypothenar eminence', { 'hand-palmar': [-14, 16], anterior: [116.9, 424.2] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'pronator-teres': [
    ['anterior', 'superficial', [[97.5, 291.7], [102.4, 297], [109.6, 308.9], [117.6, 325.8], [124.3, 343.9], [127, 353.6], [123.7, 352.1], [117.2, 338], [109.7, 321.1], [101.2, 304.3], [96.9, 296.9]]],
  ],
  'flexor-carpi-radialis': [
    ['anterior', 'superficial', [[99.6, 295.4], [105.1, 303.6], [112.6, 320.6], [119.4, 341.7], [124.1, 363.2], [125.3, 373.2], [120.8, 361.8], [114.1, 340.6], [106.9, 319.5], [100.2, 304.5]]],
  ],
  'palmaris-longus': [
    ['anterior', 'superficial', [[100.5, 297.3], [106.3, 307.5], [112.3, 324.7], [115.9, 342.3], [116.3, 350.4], [112.6, 340.9], [108.1, 323.4], [101.9, 308.2]]],
  ],
  'flexor-carpi-ulnaris': [
    ['anterior', 'superficial', [[97.8, 296.8], [103.7, 309.9], [109.8, 336.3], [115.9, 365.7], [121.4, 394.2], [120.8, 399.3], [114.3, 377.1], [107.7, 347.8], [101.9, 320.4], [97.9, 302.8]]],
  ],
  'finger-flexors': [
    ['anterior', 'superficial', [[104.8, 301.6], [112.7, 312.4], [120.6, 337.4], [125.6, 369.1], [126.7, 387.1], [122.2, 390], [116.6, 372.7], [109.5, 343.4], [104.1, 318], [101.8, 305.2]]],
  ],
  'flexor-pollicis-longus': [
    ['anterior', 'deep', [[118.7, 343.9], [123.7, 349.1], [128.4, 370.6], [129.2, 386.7], [127.9, 394], [124.4, 385.5], [120.7, 363.8], [117.8, 350.1]]],
  ],
  'opponens-pollicis': [
    ['hand-palmar', 'deep', [[5, 4], [10, 2.5], [15, 9], [19, 18], [21, 25], [18, 27.5], [13, 21], [8, 13], [5, 8]]],
  ],
  'adductor-pollicis': [
    ['hand-palmar', 'deep', [[2, 10], [5, 12], [12, 20], [18, 25], [20, 29], [16, 32], [9, 36], [3, 38], [1.5, 30], [1.5, 18]]],
  ],
  'interossei-of-the-hand': [
    ['hand-dorsal', 'superficial', [[10, 5], [13, 9], [15, 17], [15.5, 26], [14.5, 33], [12.5, 36], [10.5, 28], [9.5, 15]]],
    ['hand-dorsal', 'deep', [[6.5, 10], [8.5, 10], [9, 24], [9, 36], [7, 37], [6, 24]]],
    ['hand-dorsal', 'deep', [[-1, 10], [1, 10], [1, 24], [1, 38], [-1, 38], [-1.2, 24]]],
    ['hand-dorsal', 'deep', [[-9.5, 8], [-7.5, 8], [-7.5, 22], [-8.5, 35], [-10.5, 34], [-10, 21]]],
  ],
  'abductor-digiti-minimi-of-the-hand': [
    ['hand-palmar', 'superficial', [[-10.5, 0], [-13.5, 2], [-15.8, 11], [-16.3, 24], [-15.3, 35], [-13, 37], [-11.5, 28], [-11, 12]]],
  ],
};
