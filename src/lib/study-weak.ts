/**
 * Weak spots: which muscles, and which part of each (naming it from its pattern, its essential
 * zone, its spillover zone, its trigger point sites, the cases that point to it), a student
 * misses most, read from the review log. Pure; unit-tested.
 *
 * A review counts as a miss of a part when the answer missed at least half of it (for naming
 * and cases: scored under 0.75, the threshold of a Good grade). Only each part's last five
 * attempts count, so a part drops out once it is learned. A part is weak when it was missed at
 * least twice and in at least half of those attempts. Weak spots are shown once the log holds
 * three sessions (reviews more than 30 minutes apart start a new session): before that, a miss
 * says more about a first meeting than about a weakness.
 */
import type { Review } from './study-progress';
import { muscleOfCard } from './study';

export type WeakPart = 'naming' | 'essential' | 'spillover' | 'sites' | 'case';
export const WEAK_PART_LABELS: Record<WeakPart, string> = {
  naming: 'naming it from its pattern',
  essential: 'essential zone',
  spillover: 'spillover zone',
  sites: 'trigger point sites',
  case: 'cases that point to it',
};

/** The same parts of a nerve root's cards: a dermatome has no spillover or trigger points. */
export const ROOT_PART_LABELS: Partial<Record<WeakPart, string>> = {
  naming: 'naming it from its dermatome',
  essential: 'marking its dermatome',
  spillover: 'marking where only some people feel it',
};

export interface WeakSpot {
  muscle: string;
  part: WeakPart;
  /** The card that drills this part. */
  card: string;
  misses: number;
  attempts: number;
}

export const MIN_SESSIONS = 3;
const SESSION_GAP = 30 * 60_000;
const RECENT = 5;

/** How many study sessions the log holds: reviews more than 30 minutes apart start a new one. */
export function sessionCount(log: readonly Review[]): number {
  const times = log.map((r) => Date.parse(r.at)).sort((a, b) => a - b);
  let n = 0;
  times.forEach((t, i) => {
    if (i === 0 || t - times[i - 1]! > SESSION_GAP) n++;
  });
  return n;
}

/** The parts one review tried, and whether each was missed. */
function partsOf(r: Review): [WeakPart, boolean][] {
  const type = r.card.slice(0, r.card.indexOf(':'));
  if (type === 'pm' || type === 'dr') return [['naming', r.score < 0.75]];
  if (type === 'sm') return [['case', r.score < 0.75]];
  if (!r.missed) return [];
  return [
    ['essential', r.missed.essential >= 0.5],
    ['spillover', r.missed.spillover >= 0.5],
    ['sites', r.missed.sites >= 0.5],
  ];
}

/** Weak spots, most missed first (then most often, then by muscle id); at most `limit`. */
export function weakSpots(log: readonly Review[], limit = 8): WeakSpot[] {
  if (sessionCount(log) < MIN_SESSIONS) return [];
  const tries = new Map<string, { muscle: string; part: WeakPart; card: string; hits: boolean[]; last: string }>();
  for (const r of [...log].sort((a, b) => a.at.localeCompare(b.at))) {
    for (const [part, missed] of partsOf(r)) {
      const key = `${r.card}|${part}`;
      const t = tries.get(key) ?? { muscle: muscleOfCard(r.card), part, card: r.card, hits: [], last: r.at };
      t.hits.push(missed);
      t.last = r.at;
      tries.set(key, t);
    }
  }
  const out: WeakSpot[] = [];
  for (const t of tries.values()) {
    const recent = t.hits.slice(-RECENT);
    const misses = recent.filter(Boolean).length;
    if (misses >= 2 && misses / recent.length >= 0.5) out.push({ muscle: t.muscle, part: t.part, card: t.card, misses, attempts: recent.length });
  }
  return out
    .sort(
      (a, b) =>
        b.misses - a.misses || b.misses / b.attempts - a.misses / a.attempts || a.muscle.localeCompare(b.muscle) || a.part.localeCompare(b.part),
    )
    .slice(0, limit);
}

/** The cards of a set of weak spots, each once, weakest first: the weak-spots deck. */
export const weakCards = (spots: readonly WeakSpot[]): string[] => [...new Set(spots.map((s) => s.card))];
