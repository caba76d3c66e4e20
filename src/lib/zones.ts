/**
 * The one place where referral patterns are resolved: groups into their member regions, sides
 * (`same`, `opposite`, `both`) into drawn instances (region + side), and several patterns into
 * one map, essential winning over spillover. Pages, map images, Open Graph images, open data,
 * study mode and the finder all go through here. Pure; unit-tested.
 */
import { REGION_BY_ID } from '../atlas/regions';
import type { Side } from '../atlas/types';

/**
 * A zone as written: a muscle's zones name `same` (default), `opposite` or `both` relative to
 * the muscle, drawn on the patient's right; other sources of pain (nerves, joints, organs) name
 * the patient's `left` or `right` for a one-sided pattern, and a bare id for both (`placeZone`).
 */
export type ZoneInput = string | { region: string; side?: 'same' | 'opposite' | 'both' | 'left' | 'right' };
export interface PatternInput {
  essential: readonly ZoneInput[];
  spillover: readonly ZoneInput[];
}

export type ZoneKind = 'essential' | 'spillover';
/** Instance key as drawn on a view: `temple|r`. */
export type InstanceKey = `${string}|${Side}`;

/** The drawn regions an id stands for: itself, or the members of a group. */
export function expandRegion(id: string): string[] {
  const def = REGION_BY_ID.get(id);
  if (!def) throw new Error(`unknown region "${id}"`);
  return def.members ? def.members.flatMap(expandRegion) : [id];
}

/** The drawn instances of one zone reference, for a muscle drawn on the right side. */
export function zoneInstances(z: ZoneInput): InstanceKey[] {
  const side = typeof z === 'string' ? 'same' : (z.side ?? 'same');
  return expandRegion(zoneRegionId(z)).flatMap((region): InstanceKey[] => {
    if (REGION_BY_ID.get(region)!.laterality === 'midline') return [`${region}|m`];
    if (side === 'both') return [`${region}|r`, `${region}|l`];
    return [`${region}|${side === 'opposite' || side === 'left' ? 'l' : 'r'}`];
  });
}

/**
 * A place of an other source of pain as a zone: a bare id is felt on both sides (a dermatome,
 * a joint on either side); `{ region, side: left | right }` on the patient's one side.
 */
export function placeZone(p: string | { region: string; side: 'left' | 'right' }): ZoneInput {
  return typeof p === 'string' ? { region: p, side: 'both' } : p;
}

/** Merges patterns into one map: a region essential in any pattern is essential. */
export function mergeZones(patterns: readonly PatternInput[]): Map<InstanceKey, ZoneKind> {
  const out = new Map<InstanceKey, ZoneKind>();
  for (const p of patterns) {
    for (const z of p.essential) for (const k of zoneInstances(z)) out.set(k, 'essential');
  }
  for (const p of patterns) {
    for (const z of p.spillover) for (const k of zoneInstances(z)) if (!out.has(k)) out.set(k, 'spillover');
  }
  return out;
}

/**
 * A muscle's patterns as drawn regions without a side (what the finder ranks and study mode
 * scores): 'e' essential or 's' spillover, essential winning.
 */
export function regionKinds(patterns: readonly PatternInput[]): Record<string, 'e' | 's'> {
  const out: Record<string, 'e' | 's'> = {};
  for (const [key, kind] of mergeZones(patterns)) {
    const region = key.slice(0, key.lastIndexOf('|'));
    if (kind === 'essential' || !out[region]) out[region] = kind === 'essential' ? 'e' : 's';
  }
  return out;
}

/** The region id a zone reference names, as written (a group stays a group). */
export function zoneRegionId(z: ZoneInput): string {
  return typeof z === 'string' ? z : z.region;
}

/**
 * The zone instances a view draws. A border strip of a digit shows on both the palm and the
 * back views; where a zone also names a face of that digit (the back of the middle finger,
 * say) and no such face is on this view, the strip is left off this view: the pattern wraps
 * round the edge of the finger on the view that shows its face, and puts no stripes on the
 * other side of the hand. A strip named alone (the ulnar border of the little finger) shows
 * wherever it is drawn.
 */
export function drawnInstances<V>(zones: ReadonlyMap<InstanceKey, V>, onView: ReadonlySet<string>): [InstanceKey, V][] {
  const named = new Set([...zones.keys()]);
  return [...zones].filter(([key]) => {
    if (!onView.has(key)) return false;
    const [region, side] = key.split('|') as [string, Side];
    const faces = REGION_BY_ID.get(region)?.faces;
    if (!faces) return true;
    const namedFaces = faces.filter((f) => named.has(`${f}|${side}`));
    return namedFaces.length === 0 || namedFaces.some((f) => onView.has(`${f}|${side}`));
  });
}
