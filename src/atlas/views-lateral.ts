/**
 * The right lateral whole-body view: the figure of ./figure-lateral.ts seen from the patient's
 * right, facing the viewer's right, cut into regions by ./partitions/body-lateral.ts (the head
 * and neck by the head-lateral partition, on the same geometry as the head-lateral close view).
 * Everything is drawn once (kind 'single'): paired regions appear with side 'r', midline ones 'm'.
 */
import * as FL from './figure-lateral';
import { INF, R, VERTICAL, type PartSpec, type ViewSpec } from './parts';
import { HEAD_LATERAL } from './partitions/head';
import { ARM_LATERAL, FOOT_LATERAL, HAND_LATERAL, LEG_LATERAL, THUMB_LATERAL, TRUNK_LATERAL } from './partitions/body-lateral';

/** The part frames: VERTICAL for the trunk, the head-lateral frame moved onto the body, and the limbs' own. */
const ARM_FRAME_LAT = FL.ARM_FRAME_LAT;
const HAND_FRAME_LAT = FL.HAND_FRAME_LAT;
const LEG_FRAME_LAT = FL.LEG_FRAME_LAT;
const FOOT_FRAME_LAT = FL.FOOT_FRAME_LAT;
const HEAD_FRAME_LAT = FL.HEAD_FRAME_LAT;

/** Parts in priority order: the hand and arm lie over the trunk; the ear over the head; the foot and leg over the trunk. */
const PARTS: PartSpec[] = [
  { id: 'thumb', kind: 'single', shape: [FL.THUMB_LAT], frame: HAND_FRAME_LAT, ...THUMB_LATERAL },
  { id: 'hand', kind: 'single', shape: [FL.HAND_LAT], frame: HAND_FRAME_LAT, ...HAND_LATERAL },
  { id: 'arm', kind: 'single', shape: [FL.ARM_LAT], frame: ARM_FRAME_LAT, ...ARM_LATERAL },
  { id: 'ear', kind: 'single', shape: [FL.EAR_LAT], frame: HEAD_FRAME_LAT, grid: [R(INF, 'ear')] },
  { id: 'head', kind: 'single', shape: [FL.HEAD_LAT], frame: HEAD_FRAME_LAT, ...HEAD_LATERAL },
  { id: 'foot', kind: 'single', shape: FL.FOOT_LAT, frame: FOOT_FRAME_LAT, ...FOOT_LATERAL },
  { id: 'leg', kind: 'single', shape: FL.LEG_LAT, frame: LEG_FRAME_LAT, ...LEG_LATERAL },
  { id: 'trunk', kind: 'single', shape: FL.TRUNK_LAT, frame: VERTICAL, ...TRUNK_LATERAL },
];

export const BODY_LATERAL: ViewSpec = {
  id: 'body-lateral',
  label: 'Right side of the body',
  parts: PARTS,
  toView: (p) => p,
  margin: 6,
};
