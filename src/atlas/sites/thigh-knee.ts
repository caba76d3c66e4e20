/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "thigh-knee".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  // Quadriceps femoris
  lm('rectus-femoris-proximal', 'Rectus femoris, high in the belly just below the anterior inferior iliac spine', { anterior: [55, 438] }),
  lm('vastus-medialis-distal', 'Vastus medialis, distal belly just above and medial to the patella', { anterior: [34, 545] }),
  lm('vastus-medialis-proximal', 'Vastus medialis, mid-thigh along its anteromedial border', { anterior: [29, 503] }),
  lm('vastus-intermedius', 'Vastus intermedius, deep under rectus femoris in the upper thigh', { anterior: [57, 468] }),
  lm('vastus-lateralis-distal-anterior', 'Vastus lateralis, distal anterior fibres just above and lateral to the patella', { anterior: [62, 540] }),
  lm('vastus-lateralis-distal-posterior', 'Vastus lateralis, distal posterolateral fibres above the knee', { posterior: [63, 530] }),
  lm('vastus-lateralis-mid-posterior', 'Vastus lateralis, posterolateral fibres at mid-thigh', { posterior: [67, 482] }),
  lm('vastus-lateralis-mid-lateral', 'Vastus lateralis, lateral aspect at mid-thigh', { anterior: [71, 488] }),
  lm('vastus-lateralis-proximal', 'Vastus lateralis, proximal fibres just below the greater trochanter', { anterior: [74, 428], posterior: [74, 428] }),
  // Adductors and gracilis
  lm('adductor-longus-brevis', 'Adductor longus and brevis, upper medial thigh below the pubis', { anterior: [20, 445] }),
  lm('adductor-magnus-mid', 'Adductor magnus, mid-thigh on the medial side', { anterior: [21, 484], posterior: [24, 488] }),
  lm('adductor-magnus-proximal', 'Adductor magnus, proximal fibres near the ischial tuberosity', { posterior: [20, 433] }),
  lm('gracilis-mid', 'Gracilis, mid-thigh along the medial border', { anterior: [20, 478] }),
  // Hamstrings and popliteus
  lm('biceps-femoris-distal', 'Biceps femoris, lower half of the thigh on the lateral side', { posterior: [56, 520] }),
  lm('medial-hamstrings-distal', 'Semitendinosus and semimembranosus, mid to lower posteromedial thigh', { posterior: [34, 505] }),
  lm('popliteus', 'Popliteus, behind the upper tibia below the knee crease', { posterior: [40, 600] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'rectus-femoris': [
    ['anterior', 'superficial', [[57, 386], [63, 402], [61, 440], [56, 490], [52, 530], [47, 557], [41, 557], [39, 525], [41, 480], [48, 430], [54, 398]]],
  ],
  'vastus-medialis': [
    ['anterior', 'superficial', [[30, 468], [36, 495], [40, 528], [45, 553], [39, 566], [30, 562], [25, 546], [22, 522], [24, 494]]],
  ],
  'vastus-intermedius': [
    ['anterior', 'deep', [[47, 420], [58, 420], [62, 460], [60, 510], [54, 548], [44, 548], [40, 510], [42, 460]]],
  ],
  'vastus-lateralis': [
    ['anterior', 'superficial', [[67, 410], [77, 420], [77, 460], [72, 508], [66, 548], [60, 558], [56, 548], [60, 500], [64, 450], [64, 420]]],
    ['posterior', 'superficial', [[69, 418], [79, 438], [77, 480], [72, 520], [66, 556], [59, 550], [61, 510], [63, 470], [65, 432]]],
  ],
  'adductor-longus-and-brevis': [
    ['anterior', 'superficial', [[9, 414], [20, 410], [30, 440], [36, 470], [36, 500], [30, 500], [21, 470], [11, 440]]],
  ],
  'adductor-magnus': [
    ['posterior', 'superficial', [[9, 430], [24, 425], [34, 442], [36, 480], [34, 530], [31, 560], [26, 555], [21, 520], [16, 476], [10, 446]]],
    ['anterior', 'deep', [[10, 428], [22, 438], [30, 478], [32, 528], [28, 552], [23, 522], [17, 482]]],
  ],
  'gracilis': [
    ['anterior', 'superficial', [[9, 415], [15, 414], [20, 450], [25, 500], [29, 540], [33, 575], [34, 605], [30, 606], [28, 578], [24, 545], [20, 505], [13, 452]]],
  ],
  'biceps-femoris': [
    ['posterior', 'superficial', [[24, 428], [36, 430], [52, 470], [63, 515], [66, 558], [64, 592], [57, 594], [52, 560], [44, 520], [34, 478], [26, 448]]],
  ],
  'medial-hamstrings': [
    ['posterior', 'superficial', [[18, 428], [30, 428], [38, 460], [42, 510], [39, 560], [35, 596], [28, 594], [26, 560], [22, 510], [18, 465]]],
  ],
  'popliteus': [
    ['posterior', 'deep', [[52, 576], [57, 582], [50, 600], [40, 618], [31, 620], [30, 610], [40, 596]]],
  ],
};
