/**
 * How each view is partitioned into regions: the parts of the figure, in priority order, and a
 * grid of region cells laid along each part's axis. Row and column breaks follow surface
 * anatomy (clavicle, scapular spine, iliac crest, epicondyles, malleoli…).
 */
import * as F from './figure';
import { frameFrom, VERTICAL, type GridRow, type PartSpec, type ViewSpec } from './parts';
import type { Point, Ring } from './types';

const INF = Number.POSITIVE_INFINITY;

/** A grid row: `R(to, a, s1, b, s2, c)` means region a up to s1, b up to s2, then c. */
function R(to: number, ...spec: (string | number)[]): GridRow {
  const cells: [number, string][] = [];
  for (let i = 0; i < spec.length; i += 2) {
    const id = spec[i];
    const end = i + 1 < spec.length ? spec[i + 1] : INF;
    if (typeof id !== 'string' || typeof end !== 'number') throw new Error(`bad grid row ${JSON.stringify(spec)}`);
    cells.push([end, id]);
  }
  return { to, cells };
}

/** Places a ring drawn in a local (s, t) frame into construction coordinates. */
function place(ring: Ring, origin: Point, axis: Point): Ring {
  const perp: Point = [axis[1], -axis[0]];
  return ring.map(([s, t]) => [origin[0] + axis[0] * t + perp[0] * s, origin[1] + axis[1] * t + perp[1] * s] as Point);
}

const ARM_FRAME = frameFrom(F.SHOULDER, F.WRIST);
const LIMB_FRAME = frameFrom(F.HIP, F.ANKLE);
const HAND_FRAME = { origin: F.WRIST, axis: ARM_FRAME.axis };

// ---------------------------------------------------------------- grids, whole-body views

const HEAD_ANTERIOR = [
  R(8, 'vertex'),
  R(28, 'forehead', 20, 'temple'),
  R(37, 'forehead', 6, 'eyebrow', 23, 'temple'),
  R(52, 'nose', 5, 'orbit', 23, 'temple'),
  R(66, 'nose', 6, 'cheek'),
  R(79, 'upper-incisors', 11, 'cheek'),
  R(87, 'lower-incisors', 11, 'mandible', 22, 'jaw-angle'),
  R(INF, 'chin', 9, 'mandible', 20, 'jaw-angle'),
];
const HEAD_POSTERIOR = [
  R(10, 'vertex'),
  R(44, 'parietal'),
  R(64, 'occiput'),
  R(80, 'occiput', 24, 'mastoid'),
  R(INF, 'suboccipital', 20, 'mastoid'),
];
const TRUNK_ANTERIOR = [
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
];
const TRUNK_POSTERIOR = [
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
];
const ARM_ANTERIOR = [
  R(22, 'anterior-shoulder', -4, 'lateral-deltoid'),
  R(60, 'anterior-shoulder', 6, 'lateral-deltoid'),
  R(128, 'medial-arm', -8, 'anterior-arm', 7, 'lateral-arm'),
  R(160, 'medial-epicondyle', -6, 'antecubital', 6, 'lateral-epicondyle'),
  R(205, 'ulnar-forearm', -5, 'volar-forearm-proximal', 5, 'radial-forearm'),
  R(246, 'ulnar-forearm', -4, 'volar-forearm-distal', 4, 'radial-forearm'),
  R(INF, 'ulnar-wrist', -3.5, 'volar-wrist', 3.5, 'radial-wrist'),
];
const ARM_POSTERIOR = [
  R(22, 'posterior-deltoid', -4, 'lateral-deltoid'),
  R(60, 'posterior-deltoid', 6, 'lateral-deltoid'),
  R(128, 'medial-arm', -8, 'posterior-arm', 7, 'lateral-arm'),
  R(160, 'medial-epicondyle', -6, 'olecranon', 5, 'lateral-epicondyle'),
  R(205, 'ulnar-forearm', -5, 'dorsal-forearm-proximal', 5, 'radial-forearm'),
  R(246, 'ulnar-forearm', -4, 'dorsal-forearm-distal', 4, 'radial-forearm'),
  R(INF, 'ulnar-wrist', -3.5, 'dorsal-wrist', 3.5, 'radial-wrist'),
];
const HAND_PALMAR = [
  R(26, 'hypothenar-eminence', -6, 'palm', 3, 'thenar-eminence'),
  R(38, 'hypothenar-eminence', -8, 'palm'),
  R(INF, 'palmar-little', -9.3, 'palmar-ring', -0.6, 'palmar-middle', 8.1, 'palmar-index'),
];
const HAND_DORSAL = [
  R(14, 'dorsal-hand-ulnar', -1, 'dorsal-hand-radial'),
  R(38, 'dorsal-hand-ulnar', -1, 'dorsal-hand-radial', 9, 'first-web-space'),
  R(INF, 'dorsal-little', -9.3, 'dorsal-ring', -0.6, 'dorsal-middle', 8.1, 'dorsal-index'),
];
const WRIST_PALMAR = [R(INF, 'ulnar-wrist', -4.5, 'volar-wrist', 4.5, 'radial-wrist')];
const WRIST_DORSAL = [R(INF, 'ulnar-wrist', -4.5, 'dorsal-wrist', 4.5, 'radial-wrist')];
const LIMB_ANTERIOR = [
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
];
const LIMB_POSTERIOR = [
  R(-15, 'lateral-buttock'),
  R(26, 'lower-buttock', 12, 'greater-trochanter'),
  R(36, 'gluteal-fold', 14, 'lateral-thigh'),
  R(100, 'medial-thigh-upper', -14, 'posterior-thigh-upper', 20, 'lateral-thigh'),
  R(160, 'medial-thigh-lower', -12, 'posterior-thigh-lower', 16, 'lateral-thigh'),
  R(200, 'medial-knee', -10, 'popliteal-fossa', 14, 'lateral-knee'),
  R(280, 'calf-upper', 16, 'lateral-leg-upper'),
  R(335, 'medial-leg', -8, 'calf-lower', 12, 'lateral-leg-lower'),
  R(INF, 'medial-malleolus', -6, 'achilles', 4, 'lateral-malleolus'),
];
const FOOT_ANTERIOR = [R(16, 'medial-foot', -9, 'dorsal-foot', 10, 'lateral-foot'), R(INF, 'dorsal-big-toe', -7, 'dorsal-lesser-toes')];
const FOOT_POSTERIOR = [R(INF, 'medial-heel', -8, 'posterior-heel', 8, 'lateral-heel')];

// ---------------------------------------------------------------- grids, close views

const FOOT_DORSAL = [
  R(26, 'medial-malleolus', -9, 'anterior-ankle', 9, 'lateral-malleolus'),
  R(80, 'medial-foot', -12, 'dorsal-foot', 14, 'lateral-foot'),
  R(INF, 'dorsal-big-toe', -7.6, 'dorsal-lesser-toes'),
];
const FOOT_PLANTAR = [
  R(30, 'medial-heel', -7, 'plantar-heel', 7, 'lateral-heel'),
  R(70, 'medial-arch', -3, 'lateral-sole'),
  R(88, 'ball-of-foot'),
  R(INF, 'plantar-big-toe', -7.6, 'plantar-lesser-toes'),
];
const HEAD_LATERAL = [
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
];

// ---------------------------------------------------------------- parts

const handShapes = (withWrist: boolean) => ({
  thumb: [F.HAND_THUMB],
  hand: [F.HAND_PALM, ...F.HAND_FINGERS],
  wrist: withWrist ? [F.HAND_WRIST_STUB] : [],
});

function bodyParts(side: 'anterior' | 'posterior'): PartSpec[] {
  const ant = side === 'anterior';
  const hand = handShapes(false);
  const placeAll = (rings: Ring[]) => rings.map((r) => place(r, F.WRIST, ARM_FRAME.axis));
  return [
    { id: 'thumb', kind: 'paired', shape: placeAll(hand.thumb), frame: HAND_FRAME, grid: [R(INF, ant ? 'palmar-thumb' : 'dorsal-thumb')] },
    { id: 'hand', kind: 'paired', shape: placeAll(hand.hand), frame: HAND_FRAME, grid: ant ? HAND_PALMAR : HAND_DORSAL },
    { id: 'arm', kind: 'paired', shape: F.ARM, frame: ARM_FRAME, grid: ant ? ARM_ANTERIOR : ARM_POSTERIOR },
    { id: 'foot', kind: 'paired', shape: [ant ? F.FOOT_FRONT : F.FOOT_BACK], frame: { origin: F.ANKLE, axis: [0, 1] }, grid: ant ? FOOT_ANTERIOR : FOOT_POSTERIOR },
    { id: 'lower-limb', kind: 'paired', shape: [F.LOWER_LIMB], frame: LIMB_FRAME, grid: ant ? LIMB_ANTERIOR : LIMB_POSTERIOR },
    { id: 'head', kind: 'axial', shape: [F.HEAD], frame: VERTICAL, grid: ant ? HEAD_ANTERIOR : HEAD_POSTERIOR },
    { id: 'ear', kind: 'paired', shape: [F.EAR], frame: VERTICAL, grid: [R(INF, 'ear')] },
    { id: 'trunk', kind: 'axial', shape: [F.TRUNK], frame: VERTICAL, grid: ant ? TRUNK_ANTERIOR : TRUNK_POSTERIOR },
  ];
}

function handParts(palmar: boolean): PartSpec[] {
  const hand = handShapes(true);
  return [
    { id: 'thumb', kind: 'single', shape: hand.thumb, frame: VERTICAL, grid: [R(INF, palmar ? 'palmar-thumb' : 'dorsal-thumb')] },
    { id: 'hand', kind: 'single', shape: hand.hand, frame: VERTICAL, grid: palmar ? HAND_PALMAR : HAND_DORSAL },
    { id: 'wrist', kind: 'single', shape: hand.wrist, frame: VERTICAL, grid: palmar ? WRIST_PALMAR : WRIST_DORSAL },
  ];
}

function footParts(dorsal: boolean): PartSpec[] {
  return [
    { id: 'toes', kind: 'single', shape: F.FOOT_TOES, frame: VERTICAL, grid: dorsal ? FOOT_DORSAL : FOOT_PLANTAR },
    { id: 'foot', kind: 'single', shape: [F.FOOT_SOLE], frame: VERTICAL, grid: dorsal ? FOOT_DORSAL : FOOT_PLANTAR },
  ];
}

export const VIEW_SPECS: readonly ViewSpec[] = [
  { id: 'anterior', label: 'Front of the body', parts: bodyParts('anterior'), toView: ([x, y]) => [-x, y], margin: 6 },
  { id: 'posterior', label: 'Back of the body', parts: bodyParts('posterior'), toView: ([x, y]) => [x, y], margin: 6 },
  {
    id: 'head-lateral',
    label: 'Head and neck, right side',
    parts: [
      { id: 'ear', kind: 'single', shape: [F.EAR_PROFILE], frame: VERTICAL, grid: [R(INF, 'ear')] },
      { id: 'head', kind: 'single', shape: [F.HEAD_PROFILE], frame: VERTICAL, grid: HEAD_LATERAL },
    ],
    toView: (p) => p,
    margin: 4,
  },
  // Hands and feet are shown fingers and toes up, as in most charts.
  { id: 'hand-palmar', label: 'Right hand, palm', parts: handParts(true), toView: ([s, t]) => [s, -t], margin: 3 },
  { id: 'hand-dorsal', label: 'Right hand, back', parts: handParts(false), toView: ([s, t]) => [-s, -t], margin: 3 },
  { id: 'foot-dorsal', label: 'Right foot, top', parts: footParts(true), toView: ([s, t]) => [s, -t], margin: 3 },
  { id: 'foot-plantar', label: 'Right foot, sole', parts: footParts(false), toView: ([s, t]) => [-s, -t], margin: 3 },
];
