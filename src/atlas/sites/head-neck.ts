/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "head-neck".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  lm('scm-sternal-upper', 'Sternal head of sternocleidomastoid, upper third', { anterior: [19, 100], 'head-lateral': [-7, 90] }),
  lm('scm-sternal-mid', 'Sternal head of sternocleidomastoid, middle third', { anterior: [19, 110], 'head-lateral': [1, 108] }),
  lm('scm-sternal-lower', 'Sternal head of sternocleidomastoid, near the sternum', { anterior: [9, 123], 'head-lateral': [10, 130] }),
  lm('scm-clavicular', 'Clavicular head of sternocleidomastoid, middle third', { anterior: [24, 116], 'head-lateral': [-5, 122] }),
  lm('temporalis-anterior', 'Temporalis, anterior fibres above the zygomatic arch', { 'head-lateral': [17, 42], anterior: [27, 40] }),
  lm('temporalis-middle', 'Temporalis, middle fibres', { 'head-lateral': [4, 38] }),
  lm('temporalis-posterior', 'Temporalis, posterior fibres above the ear', { 'head-lateral': [-9, 36] }),
  lm('masseter-superficial-upper', 'Superficial masseter, upper belly below the zygomatic arch', { 'head-lateral': [11, 68] }),
  lm('masseter-superficial-mid', 'Superficial masseter, mid-belly', { 'head-lateral': [9, 80] }),
  lm('masseter-superficial-lower', 'Superficial masseter, near the angle of the mandible', { 'head-lateral': [5, 92] }),
  lm('masseter-deep', 'Deep masseter, in front of the TMJ', { 'head-lateral': [3, 61] }),
  lm('splenius-capitis', 'Splenius capitis, below the mastoid in the muscular triangle', { posterior: [20, 102], 'head-lateral': [-28, 100] }),
  lm('suboccipitals', 'Suboccipital muscles, just below the occipital ridge', { posterior: [11, 90], 'head-lateral': [-33, 86] }),
  lm('levator-scapulae-angle', 'Levator scapulae at the angle of the neck', { posterior: [27, 121], 'head-lateral': [-24, 124] }),
  lm('levator-scapulae-lower', 'Levator scapulae just above the superior angle of the scapula', { posterior: [31, 137] }),
  lm('scalenus-anterior', 'Scalenus anterior, behind the clavicular head of SCM', { anterior: [21, 117], 'head-lateral': [1, 124] }),
  lm('scalenus-medius', 'Scalenus medius, above the clavicle', { anterior: [27, 116], 'head-lateral': [-7, 119] }),
  lm('scalenus-posterior', 'Scalenus posterior, in front of the levator scapulae', { 'head-lateral': [-15, 127] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'sternocleidomastoid': [
    ['head-lateral', 'superficial', [[-19, 70], [-11, 67], [-4, 82], [4, 102], [12, 122], [21, 142], [13, 149], [5, 146], [-5, 130], [-13, 112], [-19, 90]]],
    ['anterior', 'superficial', [[18, 88], [21.5, 90], [21.5, 100], [22, 112], [22, 127], [14, 129], [6, 130], [3, 126], [11, 112], [16, 98]]],
  ],
  'temporalis': [
    ['head-lateral', 'superficial', [[-24, 42], [-27, 28], [-18, 14], [-2, 8], [14, 11], [25, 22], [27, 36], [23, 48], [14, 54], [6, 56], [-2, 54], [-14, 50]]],
  ],
  'masseter': [
    ['head-lateral', 'superficial', [[1, 58], [20, 57], [22, 66], [20, 80], [17, 94], [9, 99], [-2, 98], [-6, 88], [-4, 72]]],
  ],
  'splenius-capitis': [
    ['posterior', 'deep', [[2, 108], [3, 150], [10, 148], [14, 126], [21, 106], [24, 90], [23, 80], [17, 84], [9, 96]]],
    ['head-lateral', 'deep', [[-34, 80], [-26, 78], [-20, 92], [-22, 110], [-28, 128], [-34, 136], [-36, 126], [-30, 112], [-30, 96]]],
  ],
  'suboccipitals': [
    ['posterior', 'deep', [[2, 82], [16, 80], [25, 85], [20, 96], [8, 98], [2, 96]]],
    ['head-lateral', 'deep', [[-39, 77], [-28, 76], [-25, 86], [-30, 93], [-35, 90]]],
  ],
  'levator-scapulae': [
    ['posterior', 'deep', [[14, 90], [22, 91], [26, 108], [32, 124], [37, 140], [30, 145], [24, 132], [18, 116], [14, 100]]],
    ['head-lateral', 'superficial', [[-17, 88], [-10, 92], [-15, 110], [-21, 128], [-27, 140], [-34, 136], [-26, 118], [-21, 100]]],
  ],
  'scalenes': [
    ['anterior', 'deep', [[16, 97], [21, 97], [26, 110], [39, 127], [24, 130], [18, 118], [14, 104]]],
    ['head-lateral', 'deep', [[-13, 96], [-4, 98], [4, 116], [9, 138], [-4, 142], [-11, 128], [-17, 110]]],
  ],
};
