/**
 * Trigger point sites as named landmarks, gathered from the per-area files in ./sites.
 * Every landmark is drawn on the right side: see SIDES in ./index.ts.
 */
import * as armHand from './sites/arm-hand';
import * as foot from './sites/foot';
import * as forearmHand from './sites/forearm-hand';
import * as headNeck from './sites/head-neck';
import * as legFoot from './sites/leg-foot';
import * as lowBackHip from './sites/low-back-hip';
import * as shoulder from './sites/shoulder-upper-back';
import * as thighKnee from './sites/thigh-knee';
import * as trunk from './sites/trunk';
import type { LandmarkDef } from './sites/types';

export type { LandmarkDef } from './sites/types';

export const SITE_FILES = [headNeck, shoulder, armHand, forearmHand, trunk, lowBackHip, thighKnee, legFoot, foot] as const;

export const LANDMARKS: readonly LandmarkDef[] = SITE_FILES.flatMap((f) => f.landmarks);
export const LANDMARK_BY_ID: ReadonlyMap<string, LandmarkDef> = new Map(LANDMARKS.map((l) => [l.id, l]));
export const LANDMARK_IDS: readonly string[] = LANDMARKS.map((l) => l.id);
