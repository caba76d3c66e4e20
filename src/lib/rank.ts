/**
 * Ranks source muscles for the regions where it hurts. Pure and small, so the finder can run it
 * on every change in the browser, and region pages use the same order at build time.
 *
 * For a selection R of regions and a muscle m whose referral marks region r as essential (E)
 * or spillover (S):
 *
 *   w(m, r)   = 1.0 if r is in m's essential zone, 0.4 if only in its spillover zone, else 0
 *   coverage  = Σ_r w(m, r) / |R|                 how strongly m explains the pain, 0..1
 *   explained = |{ r : w(m, r) > 0 }| / |R|       how much of the pain m explains at all
 *   score     = coverage × (0.5 + 0.5 × explained) × prevalence(m)
 *
 * Why these weights:
 * - 1.0 vs 0.4: the essential zone is felt by nearly everyone with the trigger point, the
 *   spillover zone only by some (Travell & Simons), so an essential hit should count about two
 *   and a half times as much; 0.4 keeps two spillover hits (0.8) below two essential hits but
 *   above one essential hit alone when one muscle explains both regions.
 * - The `explained` factor rewards a single muscle that accounts for the whole complaint (the
 *   parsimonious explanation) over one that fits a single region strongly: it can at most halve
 *   a score, never zero it.
 * - prevalence(m) = 1.0 very common, 0.9 common, 0.8 occasional: how often the muscle is found
 *   to be the source in clinical series. It is small enough to reorder near-ties only: an
 *   essential hit from an occasional source (0.8) still beats a spillover hit from a very
 *   common one (0.4).
 * Ties are broken by more essential hits, then higher prevalence, then name (A-Z), so the
 * order never depends on input order.
 */
export type Prevalence = 'very-common' | 'common' | 'occasional';
export type Kind = 'e' | 's';

export interface RankMuscle {
  id: string;
  name: string;
  prevalence: Prevalence;
  /** region id -> essential ('e') or spillover ('s'), merged over the muscle's trigger points. */
  zones: Record<string, Kind>;
  /**
   * The name's place in English alphabetical order among all muscles, set at build time for the
   * browser (/data/finder.json): ties then need no collator, which costs a phone tens of
   * milliseconds to create on the first pick.
   */
  nameOrder?: number;
}

/** Ties by name in English alphabetical order: the precomputed place when both have one. */
export function byName(a: { name: string; nameOrder?: number }, b: { name: string; nameOrder?: number }): number {
  return a.nameOrder !== undefined && b.nameOrder !== undefined ? a.nameOrder - b.nameOrder : a.name.localeCompare(b.name, 'en');
}

/** Each muscle with its name's place in English alphabetical order (see `nameOrder`). */
export function withNameOrder<M extends RankMuscle>(muscles: readonly M[]): M[] {
  const sorted = [...muscles].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const place = new Map(sorted.map((m, i) => [m.id, i]));
  return muscles.map((m) => ({ ...m, nameOrder: place.get(m.id)! }));
}

export interface Ranked {
  id: string;
  name: string;
  score: number;
  /** The selected regions this muscle refers to, and how. */
  covers: { region: string; kind: Kind }[];
}

const ZONE_WEIGHT: Record<Kind, number> = { e: 1, s: 0.4 };
const PREVALENCE_WEIGHT: Record<Prevalence, number> = { 'very-common': 1, common: 0.9, occasional: 0.8 };

export function rankMuscles(muscles: readonly RankMuscle[], regions: readonly string[]): Ranked[] {
  return rankPlaces(
    muscles,
    [...new Set(regions)].map((r) => [r]),
  );
}

/**
 * The same ranking where each place may be several regions (a typed "back of the forearm" is
 * both its halves): a place counts once, with the best zone the muscle has in any of its
 * regions, so a place named in words weighs as much as one picked on the map.
 */
export function rankPlaces(muscles: readonly RankMuscle[], places: readonly (readonly string[])[]): Ranked[] {
  const selected = places.filter((p) => p.length);
  if (!selected.length) return [];
  const out: (Ranked & { essential: number; prev: number; nameOrder?: number })[] = [];
  for (const m of muscles) {
    let sum = 0;
    let essential = 0;
    let explainedPlaces = 0;
    const covers: Ranked['covers'] = [];
    for (const place of selected) {
      let best: Kind | undefined;
      for (const r of place) {
        const kind = m.zones[r];
        if (!kind) continue;
        covers.push({ region: r, kind });
        if (kind === 'e' || !best) best = kind;
      }
      if (!best) continue;
      sum += ZONE_WEIGHT[best];
      explainedPlaces++;
      if (best === 'e') essential++;
    }
    if (!covers.length) continue;
    const coverage = sum / selected.length;
    const explained = explainedPlaces / selected.length;
    const prev = PREVALENCE_WEIGHT[m.prevalence];
    out.push({
      id: m.id,
      name: m.name,
      score: coverage * (0.5 + 0.5 * explained) * prev,
      covers,
      essential,
      prev,
      ...(m.nameOrder === undefined ? {} : { nameOrder: m.nameOrder }),
    });
  }
  out.sort((a, b) => b.score - a.score || b.essential - a.essential || b.prev - a.prev || byName(a, b));
  return out.map(({ id, name, score, covers }) => ({ id, name, score: Math.round(score * 1000) / 1000, covers }));
}
