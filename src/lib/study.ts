/**
 * Study mode logic: decks and cards derived from the content, and how answers are scored.
 * Pure (no DOM, no storage), so it is unit-tested; the scheduler is ts-fsrs.
 *
 * Scoring a marked pattern (muscle -> pattern cards), region by region, regions without side:
 *   E = essential regions, S = spillover regions, M = regions the student marked
 *   credit   = |M ∩ E| + 0.5 |M ∩ S|        spillover is felt by only some people: half credit
 *   possible = |E| + 0.5 |S|
 *   extra    = |M \ (E ∪ S)|                 a wrong mark costs half a region
 *   pattern  = credit / (possible + 0.5 extra)            0..1
 * Trigger points: found = share of the muscle's trigger points whose site lies in a marked
 * region; a site mark that holds no trigger point counts against it the same way:
 *   sites    = found / (trigger points + 0.5 wrong site marks)
 * The card's score is 0.8 pattern + 0.2 sites (the pattern is what the card drills), and the
 * score becomes an FSRS grade: ≥ 0.95 Easy, ≥ 0.75 Good, ≥ 0.5 Hard, else Again.
 */
import { normalise } from './text';

export type CardType = 'pattern-to-muscle' | 'muscle-to-pattern' | 'symptom-to-muscle';
export const CARD_TYPES: readonly CardType[] = ['pattern-to-muscle', 'muscle-to-pattern', 'symptom-to-muscle'];
export const CARD_TYPE_LABELS: Record<CardType, string> = {
  'pattern-to-muscle': 'Pattern → muscle',
  'muscle-to-pattern': 'Muscle → pattern',
  'symptom-to-muscle': 'Symptom → muscle',
};
const PREFIX: Record<CardType, string> = { 'pattern-to-muscle': 'pm', 'muscle-to-pattern': 'mp', 'symptom-to-muscle': 'sm' };

export interface StudyMuscle {
  id: string;
  name: string;
  otherNames: string[];
  area: string;
  /** region id -> 'e' essential / 's' spillover, over all trigger points. */
  zones: Record<string, 'e' | 's'>;
  /** For each trigger point, the regions (any view) its site lies in. */
  sites: string[][];
}
export interface StudyCondition {
  id: string;
  name: string;
  muscles: string[];
}
export interface Deck {
  id: string;
  label: string;
  muscles: string[];
}
export interface StudyCard {
  id: string;
  type: CardType;
  muscle: string;
}

export function decks(muscles: readonly StudyMuscle[], conditions: readonly StudyCondition[], areaLabels: Record<string, string>): Deck[] {
  const byName = (ids: string[]) => ids.sort((a, b) => (muscles.find((m) => m.id === a)?.name ?? a).localeCompare(muscles.find((m) => m.id === b)?.name ?? b));
  const out: Deck[] = [{ id: 'all', label: `All muscles`, muscles: byName(muscles.map((m) => m.id)) }];
  for (const [area, label] of Object.entries(areaLabels)) {
    const ids = muscles.filter((m) => m.area === area).map((m) => m.id);
    if (ids.length) out.push({ id: `area:${area}`, label, muscles: byName(ids) });
  }
  for (const c of [...conditions].sort((a, b) => a.name.localeCompare(b.name))) {
    const ids = c.muscles.filter((id) => muscles.some((m) => m.id === id));
    if (ids.length) out.push({ id: `condition:${c.id}`, label: `Muscles of: ${c.name}`, muscles: byName(ids) });
  }
  return out;
}

export function cardsOf(deck: Deck, types: readonly CardType[]): StudyCard[] {
  return deck.muscles.flatMap((muscle) => types.map((type) => ({ id: `${PREFIX[type]}:${muscle}`, type, muscle })));
}

export function parseCardId(id: string): StudyCard | undefined {
  const [p, muscle] = id.split(':');
  const type = (Object.keys(PREFIX) as CardType[]).find((t) => PREFIX[t] === p);
  return type && muscle ? { id, type, muscle } : undefined;
}

/** Deterministic pseudo-random numbers from a string seed (mulberry32 over a string hash). */
export function seeded(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Multiple choices for a pattern -> muscle card: the answer and three others, same body area first. */
export function choicesFor(card: StudyCard, muscles: readonly StudyMuscle[], n = 4): StudyMuscle[] {
  const answer = muscles.find((m) => m.id === card.muscle)!;
  const rand = seeded(card.id);
  const near = shuffle(muscles.filter((m) => m.id !== answer.id && m.area === answer.area), rand);
  const far = shuffle(muscles.filter((m) => m.id !== answer.id && m.area !== answer.area), rand);
  return shuffle([answer, ...[...near, ...far].slice(0, n - 1)], rand);
}

/** Whether a typed answer names the muscle (its name or another name, any case or plural). */
export function namesMuscle(answer: string, m: StudyMuscle): boolean {
  const clean = (s: string) => normalise(s.replace(/\b(muscles?|musculus|m)\b/gi, ' '));
  const a = clean(answer);
  if (!a) return false;
  return [m.name, ...m.otherNames].some((n) => clean(n) === a);
}

export type RegionVerdict = 'hit-essential' | 'hit-spillover' | 'missed-essential' | 'missed-spillover' | 'extra';

export interface PatternScore {
  score: number;
  pattern: number;
  sites: number;
  regions: { region: string; verdict: RegionVerdict }[];
  sitesFound: number;
  wrongSites: number;
}

export function scorePattern(m: StudyMuscle, marked: Iterable<string>, siteMarks: Iterable<string> = []): PatternScore {
  const M = new Set(marked);
  const regions: PatternScore['regions'] = [];
  let credit = 0;
  let possible = 0;
  for (const [region, kind] of Object.entries(m.zones)) {
    possible += kind === 'e' ? 1 : 0.5;
    if (M.has(region)) {
      credit += kind === 'e' ? 1 : 0.5;
      regions.push({ region, verdict: kind === 'e' ? 'hit-essential' : 'hit-spillover' });
    } else {
      regions.push({ region, verdict: kind === 'e' ? 'missed-essential' : 'missed-spillover' });
    }
  }
  const extra = [...M].filter((r) => !(r in m.zones));
  for (const r of extra) regions.push({ region: r, verdict: 'extra' });
  const pattern = possible ? credit / (possible + 0.5 * extra.length) : 0;

  const S = new Set(siteMarks);
  const sitesFound = m.sites.filter((regionsOfSite) => regionsOfSite.some((r) => S.has(r))).length;
  const allSiteRegions = new Set(m.sites.flat());
  const wrongSites = [...S].filter((r) => !allSiteRegions.has(r)).length;
  const sites = m.sites.length ? sitesFound / (m.sites.length + 0.5 * wrongSites) : 1;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { score: round(0.8 * pattern + 0.2 * sites), pattern: round(pattern), sites: round(sites), regions, sitesFound, wrongSites };
}

/**
 * Scores a ranked answer to a symptom -> muscle case against the finder's ranking: a pick in
 * the finder's top three earns 1 in the same place, 0.67 elsewhere in the top three; a pick
 * ranked 4th–6th by the finder earns 0.33; the total is divided by the number of places.
 */
export function scoreRanking(picks: readonly string[], finderOrder: readonly string[], places = 3): number {
  let total = 0;
  picks.slice(0, places).forEach((id, i) => {
    const at = finderOrder.indexOf(id);
    if (at === i && at < places) total += 1;
    else if (at >= 0 && at < places) total += 0.67;
    else if (at >= places && at < places * 2) total += 0.33;
  });
  return Math.round((total / places) * 1000) / 1000;
}

export type Grade = 1 | 2 | 3 | 4;
export const GRADE_LABELS: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** An answer's score as an FSRS grade (1 Again, 2 Hard, 3 Good, 4 Easy). */
export function gradeOf(score: number): Grade {
  if (score >= 0.95) return 4;
  if (score >= 0.75) return 3;
  if (score >= 0.5) return 2;
  return 1;
}
