/**
 * Muscle outlines, drawn for the right side on the views where each muscle is palpated.
 * Points are in view construction coordinates and smoothed into a closed curve.
 * `depth: 'deep'` draws a dashed outline (the muscle lies under others).
 */
import { smoothClosed } from './geometry';
import type { Point, Ring, ViewId } from './types';

export interface MuscleOutline {
  view: ViewId;
  depth: 'superficial' | 'deep';
  ring: Ring;
}

type Raw = [ViewId, 'superficial' | 'deep', Point[]];

const RAW: Record<string, Raw[]> = {
  'upper-trapezius': [
    ['posterior', 'superficial', [[3, 82], [12, 85], [18, 92], [21, 106], [28, 117], [44, 124], [62, 130], [80, 135], [84, 141], [74, 143], [56, 141], [36, 139], [18, 137], [4, 135], [2, 110]]],
    ['head-lateral', 'superficial', [[-36, 76], [-29, 92], [-25, 108], [-20, 124], [-10, 138], [-4, 150], [-6, 160], [-20, 161], [-36, 160], [-50, 158], [-43, 142], [-34, 124], [-31, 106], [-35, 90], [-41, 78]]],
  ],
  sternocleidomastoid: [
    ['head-lateral', 'superficial', [[-19, 70], [-11, 67], [-4, 82], [4, 102], [12, 122], [21, 142], [13, 149], [5, 146], [-5, 130], [-13, 112], [-19, 90]]],
    ['anterior', 'superficial', [[18, 88], [21.5, 90], [21.5, 100], [22, 112], [22, 127], [14, 129], [6, 130], [3, 126], [11, 112], [16, 98]]],
  ],
  temporalis: [
    ['head-lateral', 'superficial', [[-24, 42], [-27, 28], [-18, 14], [-2, 8], [14, 11], [25, 22], [27, 36], [23, 48], [14, 54], [6, 56], [-2, 54], [-14, 50]]],
  ],
  masseter: [['head-lateral', 'superficial', [[1, 58], [20, 57], [22, 66], [20, 80], [17, 94], [9, 99], [-2, 98], [-6, 88], [-4, 72]]]],
  'splenius-capitis': [
    ['posterior', 'deep', [[2, 108], [3, 150], [10, 148], [14, 126], [21, 106], [24, 90], [23, 80], [17, 84], [9, 96]]],
    ['head-lateral', 'deep', [[-34, 80], [-26, 78], [-20, 92], [-22, 110], [-28, 128], [-34, 136], [-36, 126], [-30, 112], [-30, 96]]],
  ],
  suboccipitals: [
    ['posterior', 'deep', [[2, 82], [16, 80], [25, 85], [20, 96], [8, 98], [2, 96]]],
    ['head-lateral', 'deep', [[-39, 77], [-28, 76], [-25, 86], [-30, 93], [-35, 90]]],
  ],
  'levator-scapulae': [
    ['posterior', 'deep', [[14, 90], [22, 91], [26, 108], [32, 124], [37, 140], [30, 145], [24, 132], [18, 116], [14, 100]]],
    ['head-lateral', 'superficial', [[-17, 88], [-10, 92], [-15, 110], [-21, 128], [-27, 140], [-34, 136], [-26, 118], [-21, 100]]],
  ],
  scalenes: [
    ['anterior', 'deep', [[16, 97], [21, 97], [26, 110], [39, 127], [24, 130], [18, 118], [14, 104]]],
    ['head-lateral', 'deep', [[-13, 96], [-4, 98], [4, 116], [9, 138], [-4, 142], [-11, 128], [-17, 110]]],
  ],
  infraspinatus: [['posterior', 'superficial', [[32, 161], [66, 157], [68, 170], [62, 186], [54, 204], [44, 224], [36, 222], [32, 200]]]],
  supraspinatus: [['posterior', 'deep', [[30, 140], [44, 136], [60, 136], [74, 139], [86, 148], [81, 155], [64, 153], [46, 153], [32, 153]]]],
  subscapularis: [
    ['posterior', 'deep', [[34, 150], [62, 155], [67, 168], [60, 190], [46, 218], [36, 214], [33, 180]]],
    ['anterior', 'deep', [[62, 164], [73, 165], [74, 194], [64, 197], [60, 180]]],
  ],
  'gluteus-minimus': [
    ['posterior', 'deep', [[36, 352], [52, 341], [70, 345], [79, 370], [77, 396], [70, 404], [60, 392], [46, 374]]],
    ['anterior', 'deep', [[62, 352], [71, 347], [79, 372], [77, 396], [70, 398], [64, 380]]],
  ],
};

export const MUSCLE_OUTLINES: ReadonlyMap<string, MuscleOutline[]> = new Map(
  Object.entries(RAW).map(([slug, list]) => [slug, list.map(([view, depth, pts]) => ({ view, depth, ring: smoothClosed(pts, 5) }))]),
);
