/** The one way to define a region, shared by the catalogue files. */
import type { BodyArea, Laterality, RegionDef } from '../types';

export const M: Laterality = 'midline';
export const P: Laterality = 'paired';

export function r(id: string, label: string, area: BodyArea, laterality: Laterality, ...synonyms: string[]): RegionDef {
  return { id, label, area, laterality, synonyms };
}

/**
 * A group: an id that names several regions at once, kept where a region was split so that
 * entries written before the split keep meaning the same skin.
 */
export function g(id: string, label: string, area: BodyArea, laterality: Laterality, members: readonly string[], ...synonyms: string[]): RegionDef {
  return { id, label, area, laterality, synonyms, members };
}

/** A border strip along a digit, between its palmar and dorsal faces (`faces`, see RegionDef). */
export function border(id: string, label: string, faces: readonly string[], ...synonyms: string[]): RegionDef {
  return { id, label, area: 'arm-hand', laterality: P, synonyms, faces };
}
