/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "leg-foot".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 *
 * Leg reference points (right leg, both body views): knee joint line y≈590, head of the fibula
 * ≈(66,603), ankle (47,765). Medial is toward x = 0. The tibial crest runs at x≈45; the anterior
 * compartment lies lateral to it, the lateral (fibular) compartment along the lateral margin.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  // Anterior compartment
  lm('tibialis-anterior-upper', 'Tibialis anterior, upper third of the belly, just lateral to the tibial crest', { anterior: [52, 632] }),
  lm('extensor-digitorum-longus-upper', 'Extensor digitorum longus, about 8 cm below the head of the fibula, between tibialis anterior and fibularis longus', { anterior: [61, 640] }),
  lm('extensor-hallucis-longus-distal', 'Extensor hallucis longus, junction of the middle and lower thirds of the leg, lateral to the tibialis anterior tendon', { anterior: [53, 705] }),
  lm('fibularis-tertius-distal', 'Fibularis tertius, lower third of the leg, just above and in front of the lateral malleolus', { anterior: [57, 728] }),
  // Lateral compartment
  lm('fibularis-longus-upper', 'Fibularis longus, 2-4 cm below the head of the fibula, over the fibular shaft', { anterior: [65, 617], posterior: [65, 617] }),
  lm('fibularis-brevis-distal', 'Fibularis brevis, near the junction of the middle and lower thirds of the leg, beside the fibularis longus tendon', { anterior: [60, 704], posterior: [59, 704] }),
  // Superficial posterior compartment
  lm('gastrocnemius-medial-belly', 'Gastrocnemius TrP1, medial head, a little above the middle of its belly, near the medial border', { posterior: [33, 632] }),
  lm('gastrocnemius-lateral-belly', 'Gastrocnemius TrP2, lateral head, at about the same level near its lateral border', { posterior: [57, 636] }),
  lm('gastrocnemius-medial-knee', 'Gastrocnemius TrP3, medial head close to its attachment behind the medial femoral condyle', { posterior: [36, 596] }),
  lm('gastrocnemius-lateral-knee', 'Gastrocnemius TrP4, lateral head close to its attachment behind the lateral femoral condyle', { posterior: [56, 596] }),
  lm('soleus-distal-medial', 'Soleus TrP1, a few centimetres below the end of the gastrocnemius belly, slightly medial to the midline', { posterior: [41, 706] }),
  lm('soleus-upper-lateral', 'Soleus TrP2, high in the calf on the lateral side, below and behind the head of the fibula', { posterior: [61, 614] }),
  lm('soleus-distal-lateral', 'Soleus TrP3, slightly above and lateral to TrP1', { posterior: [52, 692] }),
  lm('plantaris-popliteal', 'Plantaris, in the popliteal fossa just medial to the lateral head of gastrocnemius', { posterior: [49, 585] }),
  // Deep posterior compartment
  lm('tibialis-posterior-upper', 'Tibialis posterior, deep in the upper calf between tibia and fibula, under soleus and gastrocnemius', { posterior: [45, 648] }),
  lm('flexor-digitorum-longus-medial', 'Flexor digitorum longus, upper calf, just behind the medial border of the tibia', { posterior: [30, 662], anterior: [28, 662] }),
  lm('flexor-hallucis-longus-distal', 'Flexor hallucis longus, lower third of the calf, slightly lateral to the midline against the fibula', { posterior: [52, 714] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'tibialis-anterior': [
    ['anterior', 'superficial', [[45, 606], [52, 601], [58, 612], [58, 650], [55, 690], [52, 722], [49, 746], [46, 743], [47, 712], [46, 665], [44, 628]]],
  ],
  'extensor-digitorum-longus': [
    ['anterior', 'superficial', [[59, 604], [64, 603], [67, 625], [66, 662], [61, 700], [57, 732], [55, 730], [57, 700], [59, 662], [59, 625]]],
  ],
  'extensor-hallucis-longus': [
    ['anterior', 'deep', [[52, 662], [57, 662], [57, 700], [53, 738], [50, 738], [51, 700]]],
  ],
  'fibularis-tertius': [
    ['anterior', 'superficial', [[57, 702], [61, 700], [59, 728], [55, 748], [53, 745], [55, 724]]],
  ],
  'fibularis-longus-and-brevis': [
    ['anterior', 'superficial', [[62, 602], [67, 602], [69, 630], [67.5, 665], [63, 688], [61, 686], [62, 660], [62, 628]]],
    ['anterior', 'superficial', [[58, 682], [62, 680], [62, 702], [59, 726], [56, 742], [54, 740], [56, 716], [57, 696]]],
    ['posterior', 'superficial', [[62, 602], [67, 602], [69, 630], [67.5, 665], [63, 688], [61, 686], [62, 660], [62, 628]]],
    ['posterior', 'superficial', [[57, 682], [61, 680], [61, 702], [58, 726], [55, 742], [53, 740], [55, 716], [56, 696]]],
  ],
  'gastrocnemius': [
    ['posterior', 'superficial', [[29, 580], [39, 574], [45, 586], [49, 574], [59, 578], [64, 600], [66, 636], [61, 670], [53, 688], [46, 691], [38, 688], [30, 670], [25, 640], [27, 604]]],
  ],
  'soleus': [
    ['posterior', 'deep', [[35, 606], [57, 603], [64, 628], [62, 668], [57, 704], [51, 734], [46, 742], [41, 734], [34, 704], [28, 668], [28, 634]]],
  ],
  'plantaris': [
    ['posterior', 'deep', [[50, 574], [56, 577], [54, 591], [48, 604], [44, 602], [47, 588]]],
  ],
  'tibialis-posterior': [
    ['posterior', 'deep', [[40, 606], [51, 606], [54, 640], [51, 680], [47, 716], [43, 715], [40, 680], [37, 640]]],
  ],
  'flexor-digitorum-longus': [
    ['posterior', 'deep', [[27, 626], [35, 622], [37, 660], [37, 700], [40, 730], [37, 736], [33, 706], [29, 672], [26, 646]]],
    ['anterior', 'deep', [[25, 630], [31, 628], [32, 665], [33, 700], [36, 728], [34, 732], [30, 705], [27, 672], [24, 648]]],
  ],
  'flexor-hallucis-longus': [
    ['posterior', 'deep', [[50, 650], [58, 652], [59, 690], [55, 725], [50, 742], [47, 736], [47, 700], [48, 670]]],
  ],
};
