/**
 * Trigger point sites as named landmarks, gathered from the per-area data files in
 * ./sites/<area>.json (validated by ./site-data.ts). Every landmark is drawn on the right side:
 * see SIDES in ./index.ts.
 */
import { SITE_FILES, type LandmarkDef } from './site-data';

export type { LandmarkDef } from './site-data';

export const LANDMARKS: readonly LandmarkDef[] = SITE_FILES.flatMap((f) => f.landmarks);
export const LANDMARK_BY_ID: ReadonlyMap<string, LandmarkDef> = new Map(LANDMARKS.map((l) => [l.id, l]));
export const LANDMARK_IDS: readonly string[] = LANDMARKS.map((l) => l.id);
