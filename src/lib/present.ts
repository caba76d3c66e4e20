/** Small presentation helpers shared by pages (labels, ordering). Pure. */
import { BODY_AREA_LABELS, BODY_AREAS, REGION_BY_ID, type BodyArea } from '../atlas';
import { URGENCIES, type Urgency } from '../schemas/condition';
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

/** Kinds of other sources of pain, in the order the index lists them (organs first). */
export const OTHER_KIND_LABEL = {
  organ: 'Organs',
  joint: 'Joints',
  'nerve-root': 'Nerve roots',
  'peripheral-nerve': 'Nerves',
} as const;
/** One of a kind, for a tag beside a name. */
export const OTHER_KIND_ONE = { organ: 'organ', joint: 'joint', 'nerve-root': 'nerve root', 'peripheral-nerve': 'nerve' } as const;

/** What to do when an other source is suspected, in the words the red flags use. */
export const ACTION_LABEL = {
  emergency: 'Call emergency services',
  'doctor-today': 'See a doctor today',
  'physio-or-doctor': 'See a physiotherapist or doctor',
  'self-care': 'Self-care is fine to start with',
} as const;

/** A name or sentence to run on inside a sentence: "Heart" → "heart", but "C6 nerve root" and "SI joint" stay. */
export const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The most urgent of a source's red flags (the first listed among equals): what an alert names. */
export const mostUrgent = <F extends { urgency: Urgency }>(flags: readonly F[]): F | undefined =>
  [...flags].sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency))[0];
