/**
 * Everything study mode needs, derived from the content at build time (served as
 * /data/study.json): each muscle's regions and trigger point sites, the maps to show for
 * pattern cards, a clinical case per muscle with the finder's ranking for it, and the decks.
 */
import { BODY_AREA_LABELS, getView, landmarkPoint, VIEW_IDS } from '../atlas';
import { multiContains } from '../atlas/geometry';
import type { Site } from './content';
import { mostInformative } from './maps';
import { muscleMaps } from './muscle-maps';
import { rankForRegions } from './region-ranking';
import type { StudyCondition, StudyMuscle } from './study';
import { zoneShapes, type ZoneShape } from './zone-shapes';
import { expandRegion, mergeZones, regionKinds, zoneRegionId } from './zones';

export interface StudyMap {
  view: string;
  viewBox: [number, number, number, number];
  /** The pattern as the pages draw it (the same smooth shapes). */
  zones: ZoneShape[];
  marks: [number, number][];
}
export interface StudyMuscleData extends StudyMuscle {
  /** One or two maps of the pattern, without the muscle's outline (it would give the answer away). */
  maps: StudyMap[];
  /** Views on which the pattern and its sites can be marked. */
  views: string[];
  /** The true pattern on each of those views (right side), shown after a marking answer. */
  truth: { view: string; zones: ZoneShape[] }[];
  /** A short case for symptom cards: the regions it describes, and the finder's ranking for them. */
  case: { regions: string[]; ranking: string[] };
}
export interface StudyData {
  muscles: StudyMuscleData[];
  conditions: StudyCondition[];
  areas: Record<string, string>;
}

/** The regions (no side) that contain a landmark on any view that shows it. */
function siteRegions(landmark: string): string[] {
  const out = new Set<string>();
  for (const view of VIEW_IDS) {
    const p = landmarkPoint(landmark, view);
    if (!p) continue;
    for (const r of getView(view).regions) if (multiContains(r.polygons, p)) out.add(r.region);
  }
  return [...out];
}

export function studyData(site: Site): StudyData {
  const muscles: StudyMuscleData[] = site.muscles.map((m) => {
    const tps = m.data.triggerPoints;
    const all = muscleMaps(m.id, tps);
    // Students mark regions without a side; the answer is shown on the muscle's own (right) side.
    const rightSide = new Map([...mergeZones(tps.map((t) => t.referral))].filter(([k]) => !k.endsWith('|l')));
    const shown = mostInformative(all, 2);
    const first = tps[0]!;
    const caseRegions = [...new Set(first.referral.essential.flatMap((z) => expandRegion(zoneRegionId(z))))].slice(0, 2);
    return {
      id: m.id,
      name: m.data.name,
      otherNames: m.data.otherNames,
      area: m.data.area,
      zones: regionKinds(tps.map((t) => t.referral)),
      sites: tps.map((tp) => siteRegions(tp.landmark)),
      maps: shown.map((map) => ({
        view: map.view,
        viewBox: map.viewBox,
        zones: map.zones,
        marks: map.marks.map((k) => [k.x, k.y]),
      })),
      views: all.map((map) => map.view),
      truth: all.map((map) => ({ view: map.view, zones: zoneShapes(getView(map.view), rightSide) })),
      case: { regions: caseRegions, ranking: rankForRegions(site, caseRegions).slice(0, 6).map((r) => r.id) },
    };
  });
  return {
    muscles,
    conditions: site.conditions.map((c) => ({ id: c.id, name: c.data.name, muscles: (site.graph.musclesOfCondition.get(c.id) ?? []).map((l) => l.muscle) })),
    areas: { ...BODY_AREA_LABELS },
  };
}
