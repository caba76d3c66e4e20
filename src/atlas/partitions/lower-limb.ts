/** How the lower limb (in the hip-to-ankle frame) and the foot (whole-body views, and the foot frame of the close views) are cut into regions. See ../parts.ts for rows, cells, boundaries and patches. */
import { INF, R, type Partition } from '../parts';

export const LIMB_ANTERIOR: Partition = { grid: [
  R(-15, 'groin', -10, 'anterior-hip'),
  R(20, 'groin', -16, 'anterior-hip', 22, 'greater-trochanter'),
  R(95, 'medial-thigh-upper', -14, 'anterior-thigh-upper', 20, 'lateral-thigh'),
  R(150, 'medial-thigh-lower', -12, 'anterior-thigh-lower', 16, 'lateral-thigh'),
  R(165, 'medial-knee', -10, 'suprapatellar', 16, 'lateral-knee'),
  R(190, 'medial-knee', -6, 'patella', 16, 'lateral-knee'),
  R(205, 'medial-knee', -8, 'infrapatellar', 14, 'lateral-knee'),
  R(285, 'medial-leg', -8, 'anterior-shin-upper', 10, 'lateral-leg-upper'),
  R(352, 'medial-leg', -6, 'anterior-shin-lower', 8, 'lateral-leg-lower'),
  R(INF, 'medial-malleolus', -4, 'anterior-ankle', 6, 'lateral-malleolus'),
] };

export const LIMB_POSTERIOR: Partition = { grid: [
  R(-15, 'lateral-buttock'),
  R(26, 'lower-buttock', 12, 'greater-trochanter'),
  R(36, 'gluteal-fold', 14, 'lateral-thigh'),
  R(100, 'medial-thigh-upper', -14, 'posterior-thigh-upper', 20, 'lateral-thigh'),
  R(160, 'medial-thigh-lower', -12, 'posterior-thigh-lower', 16, 'lateral-thigh'),
  R(200, 'medial-knee', -10, 'popliteal-fossa', 14, 'lateral-knee'),
  R(280, 'calf-upper', 16, 'lateral-leg-upper'),
  R(335, 'medial-leg', -8, 'calf-lower', 12, 'lateral-leg-lower'),
  R(INF, 'medial-malleolus', -6, 'achilles', 4, 'lateral-malleolus'),
] };

export const FOOT_ANTERIOR: Partition = { grid: [R(16, 'medial-foot', -9, 'dorsal-foot', 10, 'lateral-foot'), R(INF, 'dorsal-big-toe', -7, 'dorsal-lesser-toes')] };

export const FOOT_POSTERIOR: Partition = { grid: [R(INF, 'medial-heel', -8, 'posterior-heel', 8, 'lateral-heel')] };

export const FOOT_DORSAL: Partition = { grid: [
  R(26, 'medial-malleolus', -9, 'anterior-ankle', 9, 'lateral-malleolus'),
  R(80, 'medial-foot', -12, 'dorsal-foot', 14, 'lateral-foot'),
  R(INF, 'dorsal-big-toe', -7.6, 'dorsal-lesser-toes'),
] };

export const FOOT_PLANTAR: Partition = { grid: [
  R(30, 'medial-heel', -7, 'plantar-heel', 7, 'lateral-heel'),
  R(70, 'medial-arch', -3, 'lateral-sole'),
  R(88, 'ball-of-foot'),
  R(INF, 'plantar-big-toe', -7.6, 'plantar-lesser-toes'),
] };
