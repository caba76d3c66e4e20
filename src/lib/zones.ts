/**
 * Turns referral patterns into what a map draws: region instances (region + side) marked
 * essential or spillover. Pure; unit-tested.
 */
import { REGION_BY_ID } from '../atlas/regions';
import type { Side } from '../atlas/types';

export type ZoneInput = string | { region: string; side?: 'same' | 'opposite' | 'both' };
export interface PatternInput {
  essential: readonly ZoneInput[];
  spillover: readonly ZoneInput[];
}

export type ZoneKind = 'essential' | 'spillover';
/** Instance key as drawn on a view: `temple|r`. */
export type InstanceKey = `${string}|${Side}`;

/** The drawn instances of one zone reference, for a muscle drawn on the right side. */
export function zoneInstances(z: ZoneInput): InstanceKey[] {
  const region = typeof z === 'string' ? z : z.region;
  const side = typeof z === 'string' ? 'same' : (z.side ?? 'same');
  const def = REGION_BY_ID.get(region);
  if (!def) throw new Error(`unknown region "${region}"`);
  if (def.laterality === 'midline') return [`${region}|m`];
  if (side === 'both') return [`${region}|r`, `${region}|l`];
  return [`${region}|${side === 'opposite' ? 'l' : 'r'}`];
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

export const zoneRegionId = (z: ZoneInput): string => (typeof z === 'string' ? z : z.region);
