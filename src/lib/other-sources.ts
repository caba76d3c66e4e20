/**
 * "Also consider": the other sources of pain (nerve roots, nerves, joints, organs) that can be
 * felt in the places a reader names, ranked, with an alert when the places match an organ or
 * emergency pattern (chest with the left arm: the heart; flank with the groin: kidney and
 * ureter). One pure module for region pages, condition pages, muscle pages and the finder.
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
import { expandRegion, mergeZones, placeZone, type InstanceKey, type ZoneKind } from './zones';

import type { OtherAction as Action, OtherKind as Kind } from '../schemas/other-source';

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

export interface Considered {
  id: string;
  name: string;
  kind: Kind;
  action: Action;
  score: number;
  /** The places match an organ or emergency pattern: show it first, as an alert. */
  alert: boolean;
  /** The places it explains, and how (essential or occasional), in the order given. */
  matches: { region: string; kind: 'essential' | 'occasional' }[];
  /** The first feature that tells it apart from muscle pain. */
  tellsApart: string;
}

const WEIGHT: Record<ZoneKind, number> = { essential: 1, spillover: 0.4 };
const URGENT_ACTIONS: readonly Action[] = ['doctor-today', 'emergency'];

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

/** How a place matches a source's zones: the best kind over the place's regions and sides. */
function placeMatch(zones: Map<InstanceKey, ZoneKind>, place: Place): ZoneKind | undefined {
  let best: ZoneKind | undefined;
  for (const region of expandRegion(place.region)) {
    const sides: Side[] = place.side ? [place.side, 'm'] : ['r', 'l', 'm'];
    for (const side of sides) {
      const k = zones.get(`${region}|${side}`);
      if (k === 'essential') return k;
      if (k) best = k;
    }
  }
  return best;
}

export const isUrgent = (s: Pick<OtherSourceInput['data'], 'kind' | 'action'>): boolean => s.kind === 'organ' || URGENT_ACTIONS.includes(s.action);

/** Other sources felt in the places, ranked (see the header). Places may be ids or { region, side }. */
export function considerFor(sources: readonly OtherSourceInput[], places: readonly (string | Place)[]): Considered[] {
  const ps: Place[] = places.map((p) => (typeof p === 'string' ? { region: p } : p));
  if (!ps.length) return [];
  const out: (Considered & { first: boolean; urgent: boolean })[] = [];
  for (const s of sources) {
    const zones = otherSourceZones(s);
    const matches: Considered['matches'] = [];
    let sum = 0;
    for (const p of ps) {
      const k = placeMatch(zones, p);
      if (!k) continue;
      sum += WEIGHT[k];
      matches.push({ region: p.region, kind: k === 'essential' ? 'essential' : 'occasional' });
    }
    if (!matches.length) continue;
    const urgent = isUrgent(s.data);
    const score = (sum / ps.length) * (0.5 + (0.5 * matches.length) / ps.length);
    out.push({
      id: s.id,
      name: s.data.name,
      kind: s.data.kind,
      action: s.data.action,
      score: Math.round(score * 1000) / 1000,
      alert: urgent && matches.length >= 2 && matches.some((m) => m.kind === 'essential'),
      matches,
      tellsApart: s.data.tellsApart[0]!,
      first: urgent && matches.some((m) => m.kind === 'essential'),
      urgent,
    });
  }
  out.sort(
    (a, b) =>
      Number(b.alert) - Number(a.alert) ||
      Number(b.first) - Number(a.first) ||
      b.score - a.score ||
      Number(b.urgent) - Number(a.urgent) ||
      a.name.localeCompare(b.name),
  );
  return out.map(({ first: _f, urgent: _u, ...c }) => c);
}
