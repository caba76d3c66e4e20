/**
 * "Also consider": the other sources of pain (nerve roots, nerves, joints, organs) that can be
 * felt in the places a reader names, ranked, with an alert when the places match an organ or
 * emergency pattern (chest with the left arm: the heart; flank with the groin: kidney and
 * ureter). One rule for region pages, condition pages, muscle pages and the finder: the ranking
 * itself is src/lib/consider.ts (no atlas import, so it runs in the browser on the finder's data);
 * this module resolves content entries and places into drawn regions for it.
 *
 *   w(s, P)  = best of 1.0 essential, 0.4 occasional over the regions of place P (as rank.ts)
 *   score    = (Σ_P w / |places|) × (0.5 + 0.5 × share of places explained)
 *   urgent   = an organ, or a source whose usual step is a doctor today or emergency services
 *   alert    = urgent, and at least two of the places match it, one of them where it is felt
 *              most typically (one place alone is too common a complaint to raise an alarm:
 *              low back pain alone is not the aorta)
 *   order    = alerts first; then urgent sources felt typically in one of the places; then by
 *              score, an urgent source first among equals; then by name (an organ felt only
 *              occasionally in the groin does not push the hip joint, felt there typically,
 *              down a list of six organs)
 */
import type { Side } from '../atlas/types';
import { type Considered, isUrgent, type ResolvedSource, rankConsidered } from './consider';
import { expandRegion, mergeZones, placeZone, type InstanceKey, type ZoneKind } from './zones';

import type { OtherAction as Action, OtherKind as Kind } from '../schemas/other-source';

export { isUrgent, type Considered };

type PlaceRef = string | { region: string; side: 'left' | 'right' };

export interface OtherSourceInput {
  id: string;
  data: {
    name: string;
    kind: Kind;
    action: Action;
    refers: { essential: readonly PlaceRef[]; occasional: readonly PlaceRef[] };
    tellsApart: readonly string[];
  };
}

/** A place the reader names: a region id (a group counts as its members), on one side or either. */
export interface Place {
  region: string;
  side?: Exclude<Side, 'm'>;
}

const zonesCache = new WeakMap<OtherSourceInput, Map<InstanceKey, ZoneKind>>();
/** Where a source is felt, as drawn instances: occasional places are the spillover of a map. */
export function otherSourceZones(s: OtherSourceInput): Map<InstanceKey, ZoneKind> {
  let z = zonesCache.get(s);
  if (!z) {
    z = mergeZones([{ essential: s.data.refers.essential.map(placeZone), spillover: s.data.refers.occasional.map(placeZone) }]);
    zonesCache.set(s, z);
  }
  return z;
}

const resolvedCache = new WeakMap<OtherSourceInput, ResolvedSource>();
/** A source with its zones resolved to drawn instances: what the ranking reads (the finder gets these in /data/finder.json). */
export function resolveSource(s: OtherSourceInput): ResolvedSource {
  let r = resolvedCache.get(s);
  if (!r) {
    const zones: ResolvedSource['zones'] = {};
    for (const [key, kind] of otherSourceZones(s)) zones[key] = kind === 'essential' ? 'e' : 'o';
    r = { id: s.id, name: s.data.name, kind: s.data.kind, action: s.data.action, zones, tellsApart: s.data.tellsApart[0]! };
    resolvedCache.set(s, r);
  }
  return r;
}

/** Other sources felt in the places, ranked (see the header). Places may be ids or { region, side }. */
export function considerFor(sources: readonly OtherSourceInput[], places: readonly (string | Place)[]): Considered[] {
  return rankConsidered(
    sources.map(resolveSource),
    places.map((p) => (typeof p === 'string' ? { region: p, regions: expandRegion(p) } : { ...p, regions: expandRegion(p.region) })),
  );
}
