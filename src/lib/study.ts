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
 * The card's score is 0.8 pattern + 0.2 sites (the pattern is what the card drills); a dermatome
 * has no trigger points, so its score is the pattern alone. The score becomes an FSRS grade:
 * ≥ 0.95 Easy, ≥ 0.75 Good, ≥ 0.5 Hard, else Again.
 *
 * The dermatome deck drills the nerve roots C2 to S2 with the same two card components and the
 * same scoring: name the root from its dermatome (the choices are its neighbouring roots, which
 * is where the difficulty lies), and mark a root's dermatome on the body.
 */
import { normalise } from './text';

export type CardType = 'pattern-to-muscle' | 'muscle-to-pattern' | 'symptom-to-muscle' | 'dermatome-to-root' | 'root-to-dermatome';
const MUSCLE_CARD_TYPES: readonly CardType[] = ['pattern-to-muscle', 'muscle-to-pattern', 'symptom-to-muscle'];
const ROOT_CARD_TYPES: readonly CardType[] = ['dermatome-to-root', 'root-to-dermatome'];
export const CARD_TYPES: readonly CardType[] = [...MUSCLE_CARD_TYPES, ...ROOT_CARD_TYPES];
export const CARD_TYPE_LABELS: Record<CardType, string> = {
  'pattern-to-muscle': 'Pattern → muscle',
  'muscle-to-pattern': 'Muscle → pattern',
  'symptom-to-muscle': 'Symptom → muscle',
  'dermatome-to-root': 'Dermatome → root',
  'root-to-dermatome': 'Root → dermatome',
};
const PREFIX: Record<CardType, string> = {
  'pattern-to-muscle': 'pm',
  'muscle-to-pattern': 'mp',
  'symptom-to-muscle': 'sm',
  'dermatome-to-root': 'dr',
  'root-to-dermatome': 'rd',
};
/** A card of the dermatome deck: it drills a nerve root, not a muscle. */
export const isRootCard = (type: CardType): boolean => ROOT_CARD_TYPES.includes(type);
/** The page a card's answer is on: the muscle's, or the nerve root's among the other sources of pain. */
export const cardPage = (card: Pick<StudyCard, 'type' | 'muscle'>): string =>
  `/${isRootCard(card.type) ? 'other-sources' : 'muscles'}/${card.muscle}/`;

/** What a card needs of the thing it drills, a muscle or a nerve root: its names and its pattern. */
export interface Patterned {
  id: string;
  name: string;
  otherNames: string[];
  /** region id -> 'e' essential / 's' spillover (for a root: felt most typically / sometimes). */
  zones: Record<string, 'e' | 's'>;
  /** For each trigger point, the regions (any view) its site lies in; none for a root. */
  sites: string[][];
}
export interface StudyMuscle extends Patterned {
  area: string;
}
/** A nerve root of the dermatome deck, with its spinal level (C2 … S2). */
export interface StudyRoot extends Patterned {
  level: string;
}
/** What a deck needs of a muscle. */
export type DeckMuscle = Pick<StudyMuscle, 'id' | 'name' | 'area'>;
export interface StudyCondition {
  id: string;
  name: string;
  muscles: string[];
}
export interface Deck {
  id: string;
  label: string;
  /** What its cards drill: muscles, or nerve roots in the dermatome deck. */
  muscles: string[];
  /** A deck of chosen cards (weak spots) rather than every card of its muscles. */
  cards?: string[];
  /** The card types it offers (default: the three muscle types). */
  types?: readonly CardType[];
}
export interface StudyCard {
  id: string;
  type: CardType;
  muscle: string;
}

export function decks(muscles: readonly DeckMuscle[], conditions: readonly StudyCondition[], areaLabels: Record<string, string>): Deck[] {
  // One collator and a name table: `localeCompare` in a comparator builds a collator per call,
  // which made building the decks the slowest step of loading the study page.
  const collator = new Intl.Collator('en');
  const names = new Map(muscles.map((m) => [m.id, m.name]));
  const byName = (ids: string[]) => ids.sort((a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b));
  const out: Deck[] = [{ id: 'all', label: `All muscles`, muscles: byName(muscles.map((m) => m.id)) }];
  for (const [area, label] of Object.entries(areaLabels)) {
    const ids = muscles.filter((m) => m.area === area).map((m) => m.id);
    if (ids.length) out.push({ id: `area:${area}`, label, muscles: byName(ids) });
  }
  for (const c of [...conditions].sort((a, b) => collator.compare(a.name, b.name))) {
    const ids = c.muscles.filter((id) => names.has(id));
    if (ids.length) out.push({ id: `condition:${c.id}`, label: `Muscles of: ${c.name}`, muscles: byName(ids) });
  }
  return out;
}

/** The dermatome deck: the nerve roots, given in spinal order (C2 … S2), kept in that order. */
export function dermatomeDeck(roots: readonly Pick<StudyRoot, 'id'>[]): Deck {
  return { id: 'dermatomes', label: 'Dermatomes: nerve roots C2–S2', muscles: roots.map((r) => r.id), types: ROOT_CARD_TYPES };
}

/** The card types a deck offers. */
export const typesOf = (deck: Deck): readonly CardType[] => deck.types ?? MUSCLE_CARD_TYPES;

export function cardsOf(deck: Deck, types: readonly CardType[]): StudyCard[] {
  // A plain copy first: `types` is often reactive state, where each index read (and each
  // index check `map` makes) goes through a proxy; once per muscle made the page slow to load.
  const offered = typesOf(deck);
  const chosen = [...types].filter((t) => offered.includes(t));
  if (deck.cards) return deck.cards.map((id) => parseCardId(id)).filter((c): c is StudyCard => !!c && chosen.includes(c.type));
  return deck.muscles.flatMap((muscle) => chosen.map((type) => ({ id: `${PREFIX[type]}:${muscle}`, type, muscle })));
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
export function choicesFor<M extends StudyMuscle>(card: StudyCard, muscles: readonly M[], n = 4): M[] {
  const answer = muscles.find((m) => m.id === card.muscle)!;
  const rand = seeded(card.id);
  const near = shuffle(
    muscles.filter((m) => m.id !== answer.id && m.area === answer.area),
    rand,
  );
  const far = shuffle(
    muscles.filter((m) => m.id !== answer.id && m.area !== answer.area),
    rand,
  );
  return shuffle([answer, ...[...near, ...far].slice(0, n - 1)], rand);
}

/**
 * Choices for a dermatome -> root card: the answer and its nearest neighbours in spinal order
 * (C6: C5 and C7, then C4 or C8), since telling a dermatome from the next one is the skill;
 * equally near neighbours are drawn with the card's seed. `roots` are in spinal order (C2 … S2),
 * and so are the choices.
 */
export function rootChoices<R extends Pick<StudyRoot, 'id'>>(card: StudyCard, roots: readonly R[], n = 4): R[] {
  const answer = roots.find((r) => r.id === card.muscle)!;
  const rand = seeded(card.id);
  const at = (r: R) => roots.indexOf(r);
  const distance = new Map(roots.map((r) => [r.id, Math.abs(at(r) - at(answer))]));
  const others = shuffle(
    roots.filter((r) => r.id !== answer.id),
    rand,
  ).sort((a, b) => distance.get(a.id)! - distance.get(b.id)!);
  return [answer, ...others.slice(0, n - 1)].sort((a, b) => at(a) - at(b));
}

/** Whether a typed answer names the muscle (its name or another name, any case or plural). */
export function namesMuscle(answer: string, m: Pick<Patterned, 'name' | 'otherNames'>): boolean {
  const clean = (s: string) => normalise(s.replace(/\b(muscles?|musculus|m)\b/gi, ' '));
  const a = clean(answer);
  if (!a) return false;
  return [m.name, ...m.otherNames].some((n) => clean(n) === a);
}

type RegionVerdict = 'hit-essential' | 'hit-spillover' | 'missed-essential' | 'missed-spillover' | 'extra';

export interface PatternScore {
  score: number;
  pattern: number;
  sites: number;
  regions: { region: string; verdict: RegionVerdict }[];
  sitesFound: number;
  wrongSites: number;
  /** Share of each part of the pattern the answer missed (0 all found, 1 none): what weak spots count. */
  missed: PatternMisses;
}
export interface PatternMisses {
  essential: number;
  spillover: number;
  sites: number;
}

export function scorePattern(m: Patterned, marked: Iterable<string>, siteMarks: Iterable<string> = []): PatternScore {
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
  const share = (verdict: RegionVerdict, of: 'e' | 's') => {
    const n = Object.values(m.zones).filter((k) => k === of).length;
    return n ? round(regions.filter((r) => r.verdict === verdict).length / n) : 0;
  };
  const missed = {
    essential: share('missed-essential', 'e'),
    spillover: share('missed-spillover', 's'),
    sites: m.sites.length ? round(1 - sitesFound / m.sites.length) : 0,
  };
  const score = m.sites.length ? 0.8 * pattern + 0.2 * sites : pattern;
  return { score: round(score), pattern: round(pattern), sites: round(sites), regions, sitesFound, wrongSites, missed };
}

const ROOT_VERDICTS: Record<RegionVerdict, string> = {
  'hit-essential': 'marked',
  'hit-spillover': 'marked (in some people)',
  'missed-essential': 'missed',
  'missed-spillover': 'not marked (in some people)',
  extra: 'not in this dermatome',
};
/** A region's verdict in words: a muscle's zones are essential or spillover; a dermatome's, felt most typically or in some people. */
export const verdictText = (verdict: string, root: boolean): string =>
  root ? (ROOT_VERDICTS[verdict as RegionVerdict] ?? verdict) : verdict.replace('-', ' ');

/**
 * Scores the answer to a symptom -> muscle case. The case is built from one muscle's pattern and
 * the finder ranks every muscle for it; any muscle the finder puts in its top three (ties at
 * third place included, and the muscle the case was written from) is a right answer, in any
 * order: a student who names one of them has done what the case asks. A pick ranked 4th–6th by
 * the finder is plausible but weaker and earns a third. The total is divided by the number of
 * right answers there are, up to three, and capped at 1.
 */
export function scoreCase(picks: readonly string[], accepted: readonly string[], ranking: readonly string[], places = 3): number {
  const right = new Set(accepted);
  let total = 0;
  for (const id of new Set(picks.slice(0, places))) {
    if (right.has(id)) total += 1;
    else {
      const at = ranking.indexOf(id);
      if (at >= places && at < places * 2) total += 0.33;
    }
  }
  const possible = Math.min(places, right.size);
  return possible ? Math.round(Math.min(1, total / possible) * 1000) / 1000 : 0;
}

/** The muscle a card drills, from its id (`pm:masseter` -> `masseter`). */
export const muscleOfCard = (id: string): string => id.slice(id.indexOf(':') + 1);

/**
 * Orders cards so that no two cards of one muscle come within `gap` cards of each other (each
 * card's feedback shows the pattern, which would give the next card of that muscle away).
 * Each place takes, among the cards whose muscle has not been seen in the last `gap - 1`
 * places, one of the muscle with the most cards left (so the end of the queue is not left with
 * one muscle's cards in a row), and among those the first in priority order. When a deck has
 * too few muscles for the spacing, the card whose muscle was seen longest ago comes next, so
 * the spacing is as wide as the deck allows. `recent` holds the muscles of cards already shown.
 */
export function interleave(ids: readonly string[], gap = 5, recent: readonly string[] = []): string[] {
  const lastAt = new Map<string, number>();
  recent.forEach((m, i) => {
    lastAt.set(m, i);
  });
  let pos = recent.length;
  const left = [...ids];
  const remaining = new Map<string, number>();
  for (const id of left) remaining.set(muscleOfCard(id), (remaining.get(muscleOfCard(id)) ?? 0) + 1);
  const out: string[] = [];
  while (left.length) {
    let pick = -1;
    left.forEach((id, i) => {
      const m = muscleOfCard(id);
      if (pos - (lastAt.get(m) ?? -Infinity) < gap) return;
      if (pick < 0 || remaining.get(m)! > remaining.get(muscleOfCard(left[pick]!))!) pick = i;
    });
    if (pick < 0) {
      let oldest = Infinity;
      left.forEach((id, i) => {
        const at = lastAt.get(muscleOfCard(id))!;
        if (at < oldest) {
          oldest = at;
          pick = i;
        }
      });
    }
    const [id] = left.splice(pick, 1);
    const m = muscleOfCard(id!);
    out.push(id!);
    lastAt.set(m, pos++);
    remaining.set(m, remaining.get(m)! - 1);
  }
  return out;
}

/** A quiz: `n` cards of the deck drawn with a seed (the same seed, the same quiz), interleaved. */
export function quizCards(deckCards: readonly StudyCard[], n: number, seed: string): StudyCard[] {
  const drawn = shuffle(deckCards, seeded(seed)).slice(0, n);
  const byId = new Map(drawn.map((c) => [c.id, c]));
  return interleave(drawn.map((c) => c.id)).map((id) => byId.get(id)!);
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
