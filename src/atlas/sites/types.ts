/** Shapes of the per-area landmark and outline data. */
import type { Point, ViewId } from '../types';

export interface LandmarkDef {
  id: string;
  label: string;
  positions: Partial<Record<ViewId, Point>>;
}

/** [view, depth, points]: a closed outline, smoothed when drawn. `deep` draws dashed. */
export type OutlineSpec = [ViewId, 'superficial' | 'deep', Point[]];

export function lm(id: string, label: string, positions: Partial<Record<ViewId, Point>>): LandmarkDef {
  return { id, label, positions };
}
