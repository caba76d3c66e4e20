/** Builds map data for study cards in the browser, from the atlas views and a card's zones. Pure. */
import type { MapData } from './maps';
import type { StudyMap } from './study-data';
import type { ZoneShape } from './zone-shapes';

/** A whole view with a pattern laid on it and cropped as the build cropped it. */
export function patternMap(view: MapData, m: StudyMap): MapData {
  return {
    ...view,
    viewBox: m.viewBox,
    zones: m.zones,
    muscles: [],
    marks: m.marks.map(([x, y], i) => ({ id: `site-${i}`, x, y, label: 'trigger point' })),
  };
}

/** The true pattern of a muscle on a view, drawn and cropped as its page draws it. */
export function truthMap(view: MapData, truth: { viewBox: [number, number, number, number]; zones: readonly ZoneShape[] }): MapData {
  return { ...view, viewBox: truth.viewBox, zones: [...truth.zones], muscles: [], marks: [] };
}
