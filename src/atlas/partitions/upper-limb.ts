/** How the arm (in the shoulder-to-wrist frame) and the hand (in the hand frame, shared by the whole-body and close views) are cut into regions. See ../parts.ts for rows, cells, boundaries and patches. */
import { INF, R, type Partition } from '../parts';

export const ARM_ANTERIOR: Partition = { grid: [
  R(22, 'anterior-shoulder', -4, 'lateral-deltoid'),
  R(60, 'anterior-shoulder', 6, 'lateral-deltoid'),
  R(128, 'medial-arm', -8, 'anterior-arm', 7, 'lateral-arm'),
  R(160, 'medial-epicondyle', -6, 'antecubital', 6, 'lateral-epicondyle'),
  R(205, 'ulnar-forearm', -5, 'volar-forearm-proximal', 5, 'radial-forearm'),
  R(246, 'ulnar-forearm', -4, 'volar-forearm-distal', 4, 'radial-forearm'),
  R(INF, 'ulnar-wrist', -3.5, 'volar-wrist', 3.5, 'radial-wrist'),
] };

export const ARM_POSTERIOR: Partition = { grid: [
  R(22, 'posterior-deltoid', -4, 'lateral-deltoid'),
  R(60, 'posterior-deltoid', 6, 'lateral-deltoid'),
  R(128, 'medial-arm', -8, 'posterior-arm', 7, 'lateral-arm'),
  R(160, 'medial-epicondyle', -6, 'olecranon', 5, 'lateral-epicondyle'),
  R(205, 'ulnar-forearm', -5, 'dorsal-forearm-proximal', 5, 'radial-forearm'),
  R(246, 'ulnar-forearm', -4, 'dorsal-forearm-distal', 4, 'radial-forearm'),
  R(INF, 'ulnar-wrist', -3.5, 'dorsal-wrist', 3.5, 'radial-wrist'),
] };

export const HAND_PALMAR: Partition = { grid: [
  R(26, 'hypothenar-eminence', -6, 'palm', 3, 'thenar-eminence'),
  R(38, 'hypothenar-eminence', -8, 'palm'),
  R(INF, 'palmar-little', -9.3, 'palmar-ring', -0.6, 'palmar-middle', 8.1, 'palmar-index'),
] };

export const HAND_DORSAL: Partition = { grid: [
  R(14, 'dorsal-hand-ulnar', -1, 'dorsal-hand-radial'),
  R(38, 'dorsal-hand-ulnar', -1, 'dorsal-hand-radial', 9, 'first-web-space'),
  R(INF, 'dorsal-little', -9.3, 'dorsal-ring', -0.6, 'dorsal-middle', 8.1, 'dorsal-index'),
] };

export const WRIST_PALMAR: Partition = { grid: [R(INF, 'ulnar-wrist', -4.5, 'volar-wrist', 4.5, 'radial-wrist')] };

export const WRIST_DORSAL: Partition = { grid: [R(INF, 'ulnar-wrist', -4.5, 'dorsal-wrist', 4.5, 'radial-wrist')] };
