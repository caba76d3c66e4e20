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
  lm('lateral-pterygoid-superior', 'Lateral pterygoid, superior head, through the mandibular notch below the zygomatic arch', { 'head-lateral': [13, 57] }),
  lm('lateral-pterygoid-inferior', 'Lateral pterygoid, inferior head, behind the maxillary tuberosity', { 'head-lateral': [17, 63] }),
  lm('medial-pterygoid', 'Medial pterygoid, belly on the inner side of the mandibular ramus above the angle', { 'head-lateral': [3, 84] }),
  lm('digastric-posterior', 'Digastric, posterior belly between the mastoid and the angle of the mandible', { 'head-lateral': [-8, 90] }),
  lm('digastric-anterior', 'Digastric, anterior belly under the chin beside the midline', { 'head-lateral': [25, 102], anterior: [5, 103] }),
  lm('frontalis', 'Frontal belly of occipitofrontalis, above the medial end of the eyebrow', { 'head-lateral': [31, 27], anterior: [9, 27] }),
  lm('occipitalis', 'Occipital belly of occipitofrontalis, on the back of the skull above the nuchal line', { 'head-lateral': [-42, 46], posterior: [18, 52] }),
  lm('orbicularis-oculi', 'Orbicularis oculi, upper fibres just above the upper eyelid', { 'head-lateral': [31, 41], anterior: [13, 38] }),
  lm('zygomaticus-major', 'Zygomaticus major, upper belly below the cheekbone', { 'head-lateral': [28, 63], anterior: [21, 63] }),
  lm('platysma', 'Platysma over the sternocleidomastoid, above the clavicle', { 'head-lateral': [9, 134], anterior: [23, 112] }),
  lm('buccinator', 'Buccinator, in the cheek opposite the molars', { 'head-lateral': [28, 75], anterior: [17, 74] }),
  lm('splenius-cervicis-upper', 'Splenius cervicis, upper fibres at about the level of C3', { posterior: [15, 110], 'head-lateral': [-22, 112] }),
  lm('splenius-cervicis-lower', 'Splenius cervicis, lower fibres near the angle of the neck', { posterior: [18, 130], 'head-lateral': [-34, 132] }),
  lm('semispinalis-c4', 'Semispinalis cervicis and deep paraspinals at about C4-C5', { posterior: [7, 107], 'head-lateral': [-28, 106] }),
  lm('semispinalis-capitis-c2', 'Semispinalis capitis at about the level of C2', { posterior: [7, 96], 'head-lateral': [-32, 95] }),
  lm('semispinalis-capitis-occipital', 'Semispinalis capitis just below the occipital ridge', { posterior: [5, 84], 'head-lateral': [-38, 79] }),
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
  'lateral-pterygoid': [
    ['head-lateral', 'deep', [[6, 55], [12, 53], [20, 54], [25, 58], [25, 65], [19, 67], [12, 63], [6, 60]]],
  ],
  'medial-pterygoid': [
    ['head-lateral', 'deep', [[15, 60], [21, 61], [20, 70], [13, 84], [5, 95], [0, 96], [-1, 90], [5, 80], [10, 68]]],
  ],
  'digastric': [
    ['head-lateral', 'deep', [[-16, 72], [-10, 72], [1, 88], [12, 102], [22, 100], [29, 97], [29, 101], [22, 104], [12, 108], [5, 106], [-5, 95], [-14, 80]]],
    ['anterior', 'superficial', [[2, 99], [9, 97], [13, 101], [8, 105], [2, 104]]],
  ],
  'occipitofrontalis': [
    ['head-lateral', 'superficial', [[16, 10], [27, 12], [33, 21], [36, 32], [32, 37], [25, 34], [19, 25], [15, 17]]],
    ['head-lateral', 'superficial', [[-39, 34], [-31, 36], [-30, 47], [-34, 58], [-44, 58], [-45, 46], [-43, 37]]],
    ['anterior', 'superficial', [[2, 12], [14, 11], [24, 18], [25, 30], [15, 35], [4, 34], [2, 22]]],
    ['posterior', 'superficial', [[8, 40], [23, 37], [30, 45], [28, 58], [14, 61], [8, 53]]],
  ],
  'orbicularis-oculi': [
    ['head-lateral', 'superficial', [[26, 37], [33, 36], [36, 41], [39, 48], [36, 54], [29, 55], [25, 47]]],
    ['anterior', 'superficial', [[4, 36], [12, 33], [21, 35], [25, 44], [21, 53], [12, 55], [5, 51], [3, 44]]],
  ],
  'zygomaticus-major': [
    ['head-lateral', 'superficial', [[21, 56], [26, 54], [32, 64], [39, 75], [37, 79], [33, 77], [26, 66]]],
    ['anterior', 'superficial', [[22, 54], [27, 56], [23, 66], [16, 78], [12, 81], [10, 78], [15, 66], [19, 57]]],
  ],
  'platysma': [
    ['head-lateral', 'superficial', [[33, 92], [24, 91], [8, 97], [-6, 112], [-14, 140], [-6, 160], [12, 158], [18, 146], [13, 130], [12, 112], [20, 102], [30, 98]]],
    ['anterior', 'superficial', [[8, 92], [20, 86], [24, 100], [30, 116], [50, 130], [40, 142], [18, 142], [10, 128], [6, 110]]],
  ],
  'buccinator': [
    ['head-lateral', 'deep', [[22, 67], [31, 68], [36, 72], [36, 80], [30, 84], [22, 83], [20, 74]]],
    ['anterior', 'deep', [[13, 66], [21, 64], [24, 72], [22, 81], [14, 82], [11, 74]]],
  ],
  'splenius-cervicis': [
    ['posterior', 'deep', [[4, 140], [4, 182], [9, 180], [14, 152], [20, 122], [22, 100], [18, 96], [13, 112], [7, 128]]],
    ['head-lateral', 'deep', [[-22, 96], [-16, 98], [-18, 112], [-26, 130], [-37, 148], [-41, 142], [-31, 122], [-24, 108]]],
  ],
  'semispinalis': [
    ['posterior', 'deep', [[2, 80], [13, 80], [14, 96], [12, 120], [9, 150], [4, 162], [2, 120]]],
    ['head-lateral', 'deep', [[-42, 70], [-36, 72], [-31, 88], [-26, 106], [-29, 126], [-37, 140], [-34, 126], [-30, 108], [-33, 94], [-39, 80]]],
  ],
};
