/**
 * Trigger point landmarks and muscle outlines for the muscles of the foot.
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 *
 * The foot insets (`foot-dorsal`, `foot-plantar`) share one foot-local frame (s, t): s toward the
 * little toe (lateral, +), t from the back of the heel (0) toward the toes. Heel t 0..22, arch
 * t 30..70, metatarsal heads t≈80..88 (first at s≈-18, fifth at s≈+20); the lateral malleolus
 * sits at about (12, 16) and the medial malleolus at about (-10, 18) on the dorsal inset.
 * Metatarsal shafts on the dorsal inset, base -> head: I (-10,52)->(-14,82), II (-3,50)->(-3,84),
 * III (3,50)->(5,82), IV (8,50)->(11,79), V (13,48)->(17,76).
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  // Dorsum (chapter 26, superficial intrinsic muscles)
  lm('extensor-digitorum-brevis-belly', 'Extensor digitorum brevis and extensor hallucis brevis, in the bellies on the dorsolateral foot a few centimetres in front of the lateral malleolus', {
    'foot-dorsal': [6, 36],
    anterior: [56, 781],
  }),
  // Sole, first layer (chapter 26)
  lm('abductor-hallucis-belly', 'Abductor hallucis, along the medial border of the foot from just in front of the heel to the middle of the arch', {
    'foot-plantar': [-11, 30],
    posterior: [37, 788],
  }),
  lm('abductor-digiti-minimi-foot-belly', 'Abductor digiti minimi, along the lateral border of the sole, between the heel and the base of the fifth metatarsal', {
    'foot-plantar': [12.5, 34],
  }),
  lm('flexor-digitorum-brevis-belly', 'Flexor digitorum brevis, in the middle of the sole over the arch, under the plantar aponeurosis', {
    'foot-plantar': [1, 42],
  }),
  // Sole, deeper layers (chapter 27, deep intrinsic muscles)
  lm('quadratus-plantae-heel', 'Quadratus plantae, deep in the sole just in front of the heel pad, under flexor digitorum brevis', {
    'foot-plantar': [0, 25],
  }),
  lm('flexor-hallucis-brevis-belly', 'Flexor hallucis brevis, under the shaft of the first metatarsal, just behind its head', {
    'foot-plantar': [-13, 70],
  }),
  lm('adductor-hallucis-oblique', 'Adductor hallucis oblique head, deep in the sole behind the heads of the second to fourth metatarsals', {
    'foot-plantar': [-3, 66],
  }),
  lm('adductor-hallucis-transverse', 'Adductor hallucis transverse head, deep across the sole just behind the heads of the third to fifth metatarsals', {
    'foot-plantar': [7, 79],
  }),
  lm('interossei-foot-first-dorsal', 'First dorsal interosseous of the foot, between the first and second metatarsals toward their heads', {
    'foot-dorsal': [-8, 70],
    anterior: [41.5, 780],
  }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'extensor-digitorum-brevis': [
    ['foot-dorsal', 'superficial', [[7, 24], [13, 26], [15, 33], [12, 43], [6, 51], [-2, 56], [-6, 53], [-3, 45], [2, 34]]],
    ['anterior', 'superficial', [[52, 776], [59, 775], [62, 781], [59, 787], [52, 789], [48, 785]]],
  ],
  'abductor-hallucis': [
    ['foot-plantar', 'superficial', [[-6, 7], [-9.5, 5], [-11.5, 18], [-12.5, 36], [-15, 56], [-17, 72], [-15, 80], [-12, 72], [-9, 54], [-7, 34], [-5.5, 18]]],
    ['posterior', 'superficial', [[35, 778], [39, 777], [40, 787], [39, 796], [36.5, 794], [35, 786]]],
  ],
  'abductor-digiti-minimi-of-the-foot': [
    ['foot-plantar', 'superficial', [[5, 6], [9, 4], [12.5, 16], [14.5, 36], [17, 56], [19, 72], [16.5, 77], [14, 62], [11, 44], [8, 24]]],
  ],
  'flexor-digitorum-brevis': [
    ['foot-plantar', 'superficial', [[-4, 10], [4, 10], [7.5, 26], [9, 44], [8, 60], [3, 68], [-3, 64], [-6.5, 46], [-6, 26]]],
  ],
  'quadratus-plantae': [
    ['foot-plantar', 'deep', [[-7, 12], [0, 9], [7, 12], [8, 26], [5, 40], [0, 46], [-5, 40], [-8, 26]]],
  ],
  'flexor-hallucis-brevis': [
    ['foot-plantar', 'deep', [[-9, 52], [-12.5, 50], [-15, 60], [-17, 72], [-16.5, 82], [-12, 85], [-9, 78], [-8, 64]]],
  ],
  'adductor-hallucis': [
    // Oblique head, from the bases of the middle metatarsals to the lateral sesamoid of the big toe.
    ['foot-plantar', 'deep', [[-11, 76], [-8, 64], [-2, 56], [6, 56], [8, 62], [3, 70], [-5, 78], [-10, 81]]],
    // Transverse head, across the plantar metatarsophalangeal joints of the third to fifth toes.
    ['foot-plantar', 'deep', [[-11, 82], [-3, 79], [6, 77], [15, 75], [16.5, 79], [8, 83], [-2, 85.5], [-11, 86]]],
  ],
  'interossei-of-the-foot': [
    // Four dorsal interossei, one in each intermetatarsal space (the plantar interossei lie beneath).
    ['foot-dorsal', 'deep', [[-7, 54], [-5, 56], [-5.5, 68], [-6.5, 80], [-9, 80], [-9, 68], [-8.5, 56]]],
    ['foot-dorsal', 'deep', [[0, 54], [2, 56], [2, 68], [2, 79], [0, 79], [-0.5, 68], [-1, 56]]],
    ['foot-dorsal', 'deep', [[5, 54], [7, 55], [8.5, 67], [9.5, 77], [7.5, 77], [6, 67], [4.5, 56]]],
    ['foot-dorsal', 'deep', [[10, 53], [12, 54], [14, 65], [15, 74], [13, 74], [11.5, 65], [9.5, 55]]],
  ],
};
