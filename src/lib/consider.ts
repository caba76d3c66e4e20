/**
 * The ranking of "Also consider" on data already resolved to drawn regions: each source's zones
 * as instance keys (`medial-arm|l` → essential or occasional), each place as the drawn regions
 * it stands for. No atlas import, so the finder runs it in the browser on /data/finder.json;
 * src/lib/other-sources.ts resolves content entries and places and calls it for the pages.
 * The rule is described in src/lib/other-sources.ts.
 */
import type { OtherAction as Action, OtherKind as Kind } from '../schemas/other-source';

/** A source with its zones resolved: instance key → 'e' (essential) or 'o' (occasional). */
export interface ResolvedSource {
  id: string;
  name: string;
  kind: Kind;
  action: Action;
  zones: Record<string, 'e' | 'o'>;
  /** The first feature that tells it apart from muscle pain. */
  tellsApart: string;
}

/** A place resolved to drawn regions, on the patient's one side or either. */
export interface ResolvedPlace {
  /** The id the reader named (a group stays a group), reported back in `matches`. */
  region: string;
  regions: readonly string[];
  side?: 'l' | 'r';
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

const WEIGHT = { e: 1, o: 0.4 } as const;
const URGENT_ACTIONS: readonly Action[] = ['doctor-today', 'emergency'];

export const isUrgent = (s: { kind: Kind; action: Action }): boolean => s.kind === 'organ' || URGENT_ACTIONS.includes(s.action);

/** How a place matches a source's zones: the best kind over the place's regions and sides. */
function placeMatch(zones: Record<string, 'e' | 'o'>, place: ResolvedPlace): 'e' | 'o' | undefined {
  let best: 'e' | 'o' | undefined;
  const sides = place.side ? [place.side, 'm'] : ['r', 'l', 'm'];
  for (const region of place.regions) {
    for (const side of sides) {
      const k = zones[`${region}|${side}`];
      if (k === 'e') return k;
      if (k) best = k;
    }
  }
  return best;
}

/** Other sources felt in the places, ranked (see src/lib/other-sources.ts). */
export function rankConsidered(sources: readonly ResolvedSource[], places: readonly ResolvedPlace[]): Considered[] {
  if (!places.length) return [];
  const out: (Considered & { first: boolean; urgent: boolean })[] = [];
  for (const s of sources) {
    const matches: Considered['matches'] = [];
    let sum = 0;
    for (const p of places) {
      const k = placeMatch(s.zones, p);
      if (!k) continue;
      sum += WEIGHT[k];
      matches.push({ region: p.region, kind: k === 'e' ? 'essential' : 'occasional' });
    }
    if (!matches.length) continue;
    const urgent = isUrgent(s);
    const typical = matches.some((m) => m.kind === 'essential');
    const score = (sum / places.length) * (0.5 + (0.5 * matches.length) / places.length);
    out.push({
      id: s.id,
      name: s.name,
      kind: s.kind,
      action: s.action,
      score: Math.round(score * 1000) / 1000,
      alert: urgent && matches.length >= 2 && typical,
      matches,
      tellsApart: s.tellsApart,
      first: urgent && typical,
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
