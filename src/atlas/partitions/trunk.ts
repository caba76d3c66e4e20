/** How the neck and trunk on the whole-body views are cut into regions. See ../parts.ts for rows, cells, boundaries and patches. */
import { INF, R, type Partition } from '../parts';

export const TRUNK_ANTERIOR: Partition = { grid: [
  R(112, 'throat', 10, 'lateral-neck'),
  R(124, 'throat', 10, 'lateral-neck', 22, 'supraclavicular', 48, 'shoulder-top'),
  R(134, 'sternum-upper', 6, 'sternoclavicular', 16, 'clavicle', 70, 'acromion'),
  R(152, 'sternum-upper', 7, 'infraclavicular', 50, 'pectoral', 64, 'anterior-shoulder'),
  R(176, 'sternum-lower', 7, 'pectoral', 60, 'axilla'),
  R(220, 'sternum-lower', 7, 'pectoral', 22, 'breast', 52, 'lateral-chest'),
  R(236, 'xiphoid', 8, 'costal-margin', 48, 'lateral-chest'),
  R(276, 'epigastric', 14, 'hypochondrium', 42, 'flank'),
  R(318, 'umbilical', 10, 'paraumbilical', 34, 'flank'),
  R(352, 'suprapubic', 12, 'iliac-fossa', 50, 'anterior-iliac-crest'),
  R(INF, 'suprapubic', 12, 'groin'),
] };

export const TRUNK_POSTERIOR: Partition = { grid: [
  R(110, 'posterior-neck', 18, 'lateral-neck'),
  R(126, 'posterior-neck', 22, 'angle-of-neck', 40, 'shoulder-top'),
  R(136, 'thoracic-spine-upper', 6, 'neck-base', 18, 'angle-of-neck', 38, 'shoulder-top', 72, 'acromion'),
  R(150, 'thoracic-spine-upper', 6, 'interscapular', 20, 'medial-scapular-border', 32, 'suprascapular', 66, 'acromion'),
  R(162, 'thoracic-spine-upper', 6, 'interscapular', 20, 'medial-scapular-border', 32, 'scapular-spine', 68, 'posterior-deltoid'),
  R(206, 'thoracic-spine-upper', 6, 'interscapular', 20, 'medial-scapular-border', 32, 'infraspinous', 56, 'lateral-scapula', 66, 'posterior-axilla'),
  R(238, 'thoracic-spine-lower', 6, 'mid-back', 22, 'medial-scapular-border', 32, 'inferior-scapular-angle', 52, 'posterior-ribs'),
  R(266, 'thoracic-spine-lower', 6, 'mid-back', 26, 'posterior-ribs'),
  R(292, 'lumbar-spine', 6, 'thoracolumbar', 32, 'posterior-ribs'),
  R(324, 'lumbar-spine', 6, 'low-back'),
  R(342, 'lumbosacral', 8, 'low-back', 28, 'posterior-iliac-crest'),
  R(374, 'sacrum', 14, 'si-joint', 26, 'upper-buttock', 52, 'lateral-buttock'),
  R(394, 'coccyx', 7, 'buttock', 50, 'lateral-buttock'),
  R(404, 'coccyx', 5, 'lower-buttock'),
  R(INF, 'perineum', 6, 'lower-buttock'),
] };
