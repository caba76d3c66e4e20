/** Small presentation helpers shared by pages (labels, ordering). Pure. */
import { BODY_AREA_LABELS, BODY_AREAS, REGION_BY_ID, type BodyArea } from '../atlas';
import { zoneRegionId, type ZoneInput } from './zones';

export const areaLabel = (a: string): string => BODY_AREA_LABELS[a as BodyArea] ?? a;
const regionName = (id: string): string => REGION_BY_ID.get(id)?.label ?? id;
export const zoneNames = (zones: readonly ZoneInput[]): string[] => zones.map((z) => regionName(zoneRegionId(z)));

/** Groups items by body area in the atlas' head-to-foot order. */
export function groupByArea<T>(items: readonly T[], areaOf: (t: T) => string): { area: BodyArea; label: string; items: T[] }[] {
  return BODY_AREAS.map((area) => ({ area, label: BODY_AREA_LABELS[area], items: items.filter((i) => areaOf(i) === area) })).filter(
    (g) => g.items.length,
  );
}

export const PREVALENCE_LABEL = {
  'very-common': 'Very common source',
  common: 'Common source',
  occasional: 'Occasional source',
} as const;
