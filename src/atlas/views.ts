/**
 * The views: the parts of the figure in priority order, each with its frame and the partition
 * that cuts it into regions (./partitions, one file per body area). Boundaries follow surface
 * anatomy (clavicle, scapular spine, iliac crest, epicondyles, malleoli…).
 */
import * as F from './figure';
import { frameFrom, INF, place, R, VERTICAL, type PartSpec, type ViewSpec } from './parts';
import { HEAD_ANTERIOR, HEAD_POSTERIOR, HEAD_LATERAL, MOUTH_SECTION_LATERAL } from './partitions/head';
import { MOUTH_FRAME, MOUTH_SECTION } from './figure-mouth';
import { TRUNK_ANTERIOR, TRUNK_POSTERIOR } from './partitions/trunk';
import {
  ARM_ANTERIOR,
  ARM_POSTERIOR,
  HAND_DORSAL,
  HAND_PALMAR,
  THUMB_DORSAL,
  THUMB_PALMAR,
  WRIST_DORSAL,
  WRIST_PALMAR,
} from './partitions/upper-limb';
import { LIMB_ANTERIOR, LIMB_POSTERIOR, FOOT_ANTERIOR, FOOT_POSTERIOR, FOOT_DORSAL, FOOT_PLANTAR } from './partitions/lower-limb';
import type { Ring } from './types';
import { BODY_LATERAL } from './views-lateral';
import { PELVIS_VIEW } from './views-pelvis';

/** The part frames: the arm from shoulder to wrist, the lower limb from hip to ankle, the hand from the wrist. */
export const ARM_FRAME = frameFrom(F.SHOULDER, F.WRIST);
const LIMB_FRAME = frameFrom(F.HIP, F.ANKLE);
export const HAND_FRAME = { origin: F.WRIST, axis: ARM_FRAME.axis };

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
    { id: 'thumb', kind: 'paired', shape: placeAll(hand.thumb), frame: HAND_FRAME, ...(ant ? THUMB_PALMAR : THUMB_DORSAL) },
    { id: 'hand', kind: 'paired', shape: placeAll(hand.hand), frame: HAND_FRAME, ...(ant ? HAND_PALMAR : HAND_DORSAL) },
    { id: 'arm', kind: 'paired', shape: F.ARM, frame: ARM_FRAME, ...(ant ? ARM_ANTERIOR : ARM_POSTERIOR) },
    {
      id: 'foot',
      kind: 'paired',
      shape: [ant ? F.FOOT_FRONT : F.FOOT_BACK],
      frame: { origin: F.ANKLE, axis: [0, 1] },
      ...(ant ? FOOT_ANTERIOR : FOOT_POSTERIOR),
    },
    { id: 'lower-limb', kind: 'paired', shape: [F.LOWER_LIMB], frame: LIMB_FRAME, ...(ant ? LIMB_ANTERIOR : LIMB_POSTERIOR) },
    { id: 'head', kind: 'axial', shape: [F.HEAD], frame: VERTICAL, ...(ant ? HEAD_ANTERIOR : HEAD_POSTERIOR) },
    { id: 'ear', kind: 'paired', shape: [F.EAR], frame: VERTICAL, grid: [R(INF, 'ear')] },
    { id: 'trunk', kind: 'axial', shape: [F.TRUNK], frame: VERTICAL, ...(ant ? TRUNK_ANTERIOR : TRUNK_POSTERIOR) },
  ];
}

function handParts(palmar: boolean): PartSpec[] {
  const hand = handShapes(true);
  return [
    { id: 'thumb', kind: 'single', shape: hand.thumb, frame: VERTICAL, ...(palmar ? THUMB_PALMAR : THUMB_DORSAL) },
    { id: 'hand', kind: 'single', shape: hand.hand, frame: VERTICAL, ...(palmar ? HAND_PALMAR : HAND_DORSAL) },
    { id: 'wrist', kind: 'single', shape: hand.wrist, frame: VERTICAL, ...(palmar ? WRIST_PALMAR : WRIST_DORSAL) },
  ];
}

function footParts(dorsal: boolean): PartSpec[] {
  return [
    { id: 'toes', kind: 'single', shape: F.FOOT_TOES, frame: VERTICAL, ...(dorsal ? FOOT_DORSAL : FOOT_PLANTAR) },
    { id: 'foot', kind: 'single', shape: [F.FOOT_SOLE], frame: VERTICAL, ...(dorsal ? FOOT_DORSAL : FOOT_PLANTAR) },
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
      { id: 'head', kind: 'single', shape: [F.HEAD_PROFILE], frame: VERTICAL, ...HEAD_LATERAL },
    ],
    toView: (p) => p,
    margin: 4,
  },
  // Hands and feet are shown fingers and toes up, as in most charts.
  { id: 'hand-palmar', label: 'Right hand, palm', parts: handParts(true), toView: ([s, t]) => [s, -t], margin: 3 },
  { id: 'hand-dorsal', label: 'Right hand, back', parts: handParts(false), toView: ([s, t]) => [-s, -t], margin: 3 },
  { id: 'foot-dorsal', label: 'Right foot, top', parts: footParts(true), toView: ([s, t]) => [s, -t], margin: 3 },
  { id: 'foot-plantar', label: 'Right foot, sole', parts: footParts(false), toView: ([s, t]) => [-s, -t], margin: 3 },
  BODY_LATERAL,
  // A close view of its own: a midline section of the mouth and throat (./figure-mouth.ts), sized
  // from the head profile, for patterns felt in the tongue, the palate or the back of the throat.
  {
    id: 'mouth',
    label: 'Mouth and throat, midline section',
    parts: [{ id: 'mouth', kind: 'single', shape: [MOUTH_SECTION], frame: MOUTH_FRAME, ...MOUTH_SECTION_LATERAL }],
    toView: (p) => p,
    margin: 3,
  },
  PELVIS_VIEW,
];
