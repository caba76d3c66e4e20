/** Builds map data for study cards in the browser, from the atlas views and a card's zones. Pure. */
import type { MapData } from './maps';
import type { StudyMap } from './study-data';

/** A whole view with a pattern laid on it and cropped as the build cropped it. */
export function patternMap(view: MapData, m: StudyMap): MapData {
  const zones = new Map(m.zones);
  return {
    ...view,
    viewBox: m.viewBox,
    regions: view.regions.map((r) => {
      const zone = zones.get(r.key);
      return zone ? { ...r, zone } : { key: r.key, region: r.region, label: r.label, d: r.d, c: r.c };
    }),
    muscles: [],
    marks: m.marks.map(([x, y], i) => ({ id: `site-${i}`, x, y, label: 'trigger point' })),
  };
}

/** The true pattern of a muscle on a view, as region ids (no side) marked essential or spillover. */
export function truthMap(view: MapData, zones: Record<string, 'e' | 's'>): MapData {
  return {
    ...view,
    regions: view.regions.map((r) => {
      const z = zones[r.region];
      const keep = { key: r.key, region: r.region, label: r.label, d: r.d, c: r.c };
      // The pattern is drawn on the right side (and on midline regions), as everywhere on the site.
      return z && !r.key.endsWith('|l') ? { ...keep, zone: z === 'e' ? ('essential' as const) : ('spillover' as const) } : keep;
    }),
    muscles: [],
    marks: [],
  };
}
