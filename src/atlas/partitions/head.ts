/** How the head and neck (front and back of the head on the whole-body views, and the lateral head view) are cut into regions. See ../parts.ts for rows, cells, boundaries and patches. */
import { INF, R, type Partition } from '../parts';

export const HEAD_ANTERIOR: Partition = { grid: [
  R(8, 'vertex'),
  R(28, 'forehead', 20, 'temple'),
  R(37, 'forehead', 6, 'eyebrow', 23, 'temple'),
  R(52, 'nose', 5, 'orbit', 23, 'temple'),
  R(66, 'nose', 6, 'cheek'),
  R(79, 'upper-incisors', 11, 'cheek'),
  R(87, 'lower-incisors', 11, 'mandible', 22, 'jaw-angle'),
  R(INF, 'chin', 9, 'mandible', 20, 'jaw-angle'),
] };

export const HEAD_POSTERIOR: Partition = { grid: [
  R(10, 'vertex'),
  R(44, 'parietal'),
  R(64, 'occiput'),
  R(80, 'occiput', 24, 'mastoid'),
  R(INF, 'suboccipital', 20, 'mastoid'),
] };

export const HEAD_LATERAL: Partition = { grid: [
  R(10, 'vertex'),
  R(26, 'parietal', 25, 'forehead'),
  R(34, 'occiput', -32, 'parietal', -14, 'temple', 27, 'forehead', 34, 'eyebrow'),
  R(50, 'occiput', -32, 'parietal', -14, 'temple', 23, 'orbit'),
  R(64, 'occiput', -32, 'mastoid', -12, 'tmj', 12, 'cheek', 39, 'nose'),
  R(73, 'suboccipital', -28, 'mastoid', -12, 'mandible', 12, 'upper-molars', 24, 'upper-premolars', 33, 'upper-incisors'),
  R(84, 'suboccipital', -28, 'mastoid', -12, 'mandible', 12, 'lower-molars', 24, 'lower-premolars', 33, 'lower-incisors'),
  R(100, 'suboccipital', -26, 'lateral-neck', -4, 'jaw-angle', 12, 'mandible', 33, 'chin'),
  R(118, 'posterior-neck', -24, 'lateral-neck', 6, 'throat'),
  R(134, 'posterior-neck', -30, 'angle-of-neck', -12, 'lateral-neck', 6, 'throat'),
  R(150, 'neck-base', -30, 'shoulder-top', -6, 'supraclavicular', 10, 'sternoclavicular'),
  R(INF, 'suprascapular', -28, 'acromion', -8, 'clavicle', 12, 'infraclavicular'),
] };
