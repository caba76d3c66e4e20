/**
 * Everything study mode needs, derived from the content at build time (served as
 * /data/study.json): each muscle's regions and trigger point sites, the maps to show for
 * pattern cards, a clinical case per muscle with the finder's ranking for it, and the decks.
 */
import { BODY_AREA_LABELS, getView, landmarkPoint, VIEW_IDS } from '../atlas';
import { multiContains } from '../atlas/geometry';
import type { Site } from './content';
import { ROOT_LEVELS } from '../schemas/other-source';
import { buildMaps, type MapData, mostInformative } from './maps';
import { muscleMaps } from './muscle-maps';
import { otherSourceZones } from './other-sources';
import { rankForRegions } from './region-ranking';
import { decks, dermatomeDeck, type Deck, type DeckMuscle, type StudyCondition, type StudyMuscle, type StudyRoot } from './study';
import type { ZoneShape } from './zone-shapes';
import { placeZone, regionKinds } from './zones';

export interface StudyMap {
  view: string;
  viewBox: [number, number, number, number];
  /** The pattern as the pages draw it (the same smooth shapes). */
  zones: ZoneShape[];
  marks: [number, number][];
}
/** The maps of a card's pattern: what a naming card shows, where a marking card marks, the answer. */
export interface StudyMaps {
  /** One or two maps of the pattern, without the muscle's outline (it would give the answer away). */
  maps: StudyMap[];
  /** Views on which the pattern and its sites can be marked. */
  views: string[];
  /** The true pattern on each of those views, exactly as the muscle's page draws it, shown after a marking answer. */
  truth: { view: string; viewBox: [number, number, number, number]; zones: ZoneShape[] }[];
}
export interface StudyMuscleData extends StudyMuscle, StudyMaps {
  /**
   * A short case for symptom cards: the regions it describes, the finder's ranking for them
   * (top six), and the right answers (the ranking's top three, ties included, and this muscle).
   */
  case: StudyCase;
}
export interface StudyCase {
  regions: string[];
  ranking: string[];
  accepted: string[];
}
/**
 * What the study page renders before any data loads: the muscles' names and the decks, built
 * here at build time (sorting by name needs an Intl.Collator, which costs a phone tens of
 * milliseconds to create while the page loads).
 */
export interface StudyIndex {
  muscles: DeckMuscle[];
  /** The nerve roots of the dermatome deck, by name. */
  roots: { id: string; name: string }[];
  decks: Deck[];
}
/** A nerve root's cards: its dermatome as its page draws it. Served apart (/data/study-dermatomes.json), loaded only for its cards. */
export interface StudyRootData extends StudyRoot, StudyMaps {}
/** Whatever a naming or marking card drills: a muscle or a nerve root. */
export type StudyItem = StudyMuscleData | StudyRootData;
export interface StudyData {
  muscles: StudyMuscleData[];
  conditions: StudyCondition[];
  areas: Record<string, string>;
}

/** The regions (no side) that contain a landmark on any view that shows it. */
function siteRegions(landmark: string): string[] {
  const out = new Set<string>();
  for (const view of VIEW_IDS) {
    const p = landmarkPoint(landmark, view);
    if (!p) continue;
    for (const r of getView(view).regions) if (multiContains(r.polygons, p)) out.add(r.region);
  }
  return [...out];
}

const CASE_REGIONS = 8;

/** The right answers to a case: the ranking's top three with ties at third place, and the case's own muscle. */
function acceptedOf(ranked: { id: string; score: number }[], own: string): string[] {
  const third = ranked[Math.min(2, ranked.length - 1)]?.score ?? 0;
  return [...new Set([...ranked.filter((r) => r.score >= third).map((r) => r.id), own])];
}

/**
 * A case for a muscle's symptom card: one or two regions of its pattern, chosen in this order of
 * preference: a case no other muscle has; one for which the finder ranks the muscle in its top
 * three; regions of the essential zone only (a spillover region joins only when no essential
 * case is left); two regions rather than one (a fuller complaint); the muscle ranked as high as
 * possible. Cases are unique across muscles, so two cards never pose the same case.
 */
function caseFor(site: Site, id: string, zones: Record<string, 'e' | 's'>, used: Set<string>): StudyCase {
  const essential = Object.keys(zones)
    .filter((r) => zones[r] === 'e')
    .slice(0, CASE_REGIONS);
  const spillover = Object.keys(zones)
    .filter((r) => zones[r] === 's')
    .slice(0, CASE_REGIONS);
  const candidates = [
    ...essential.map((r) => [r]),
    ...essential.flatMap((a, i) => essential.slice(i + 1).map((b) => [a, b])),
    ...essential.flatMap((a) => spillover.map((b) => [a, b])),
  ];
  type Candidate = { regions: string[]; rank: number; fresh: boolean; essentialOnly: boolean; ranked: { id: string; score: number }[] };
  const top = (c: Candidate) => c.rank >= 0 && c.rank < 3;
  const rankOf = (c: Candidate) => (c.rank < 0 ? Infinity : c.rank);
  const better = (c: Candidate, b: Candidate | undefined) =>
    !b ||
    (Number(c.fresh) - Number(b.fresh) ||
      Number(top(c)) - Number(top(b)) ||
      Number(c.essentialOnly) - Number(b.essentialOnly) ||
      c.regions.length - b.regions.length ||
      rankOf(b) - rankOf(c)) > 0;
  let best: Candidate | undefined;
  for (const regions of candidates) {
    const ranked = rankForRegions(site, regions);
    const c = {
      regions,
      rank: ranked.findIndex((r) => r.id === id),
      fresh: !used.has([...regions].sort().join('+')),
      essentialOnly: regions.every((r) => zones[r] === 'e'),
      ranked,
    };
    if (better(c, best)) best = c;
  }
  if (!best) return { regions: [], ranking: [], accepted: [id] };
  used.add([...best.regions].sort().join('+'));
  return { regions: best.regions, ranking: best.ranked.slice(0, 6).map((r) => r.id), accepted: acceptedOf(best.ranked, id) };
}

/** Every muscle's case, in content order (earlier muscles choose first). */
export function studyCases(site: Site): Map<string, StudyCase> {
  const used = new Set<string>();
  return new Map(site.muscles.map((m) => [m.id, caseFor(site, m.id, regionKinds(m.data.triggerPoints.map((t) => t.referral)), used)]));
}

/**
 * A card's maps from the maps its page draws: the pattern unnamed (the `shown` most informative),
 * the views to mark on, the true pattern.
 */
function cardMaps(all: readonly MapData[], shown = 2): StudyMaps {
  return {
    maps: mostInformative(all, shown).map((map) => ({
      view: map.view,
      viewBox: map.viewBox,
      zones: map.zones,
      marks: map.marks.map((k) => [k.x, k.y]),
    })),
    views: all.map((map) => map.view),
    // The pattern as the muscle's page draws it, cropped the same way: every side the content names (`side: both`).
    truth: all.map((map) => ({ view: map.view, viewBox: map.viewBox, zones: map.zones })),
  };
}

/** The maps of a muscle's cards: its pattern unnamed, the views to mark on, the true pattern as its page draws it. */
export const studyMaps = (slug: string, tps: Parameters<typeof muscleMaps>[1]): StudyMaps => cardMaps(muscleMaps(slug, tps));

/** The nerve roots in spinal order, C2 to S2. */
const rootsOf = (site: Pick<Site, 'otherSources'>) => {
  const at = (o: Site['otherSources'][number]) => ROOT_LEVELS.indexOf(o.data.level!);
  return site.otherSources.filter((o) => o.data.kind === 'nerve-root' && o.data.level).sort((a, b) => at(a) - at(b));
};

/**
 * The dermatome deck's roots, in spinal order C2 to S2 (what `rootChoices` counts neighbours by): each root's dermatome drawn as its other-source page
 * draws it (felt most typically solid, sometimes hatched), on both sides. A typed answer may
 * name the level alone ("C6"); the entries' other aliases ("cervical radiculopathy") name no
 * one root, so they are not accepted.
 */
export function studyRoots(site: Pick<Site, 'otherSources'>): StudyRootData[] {
  return rootsOf(site).map((o) => {
    const level = o.data.level!;
    const maps = buildMaps({ zones: otherSourceZones(o) });
    return {
      id: o.id,
      name: o.data.name,
      otherNames: [level, `${level} root`, `${level} dermatome`],
      level,
      zones: regionKinds([{ essential: o.data.refers.essential.map(placeZone), spillover: o.data.refers.occasional.map(placeZone) }]),
      sites: [],
      // Every map its page draws: on the whole body the fingers and toes are specks, and they are
      // what tells C6 from C7 and C8, or L5 from S1, so the close views of the hand or foot show too.
      ...cardMaps(maps, maps.length),
    };
  });
}

function studyConditions(site: Site): StudyCondition[] {
  return site.conditions.map((c) => ({ id: c.id, name: c.data.name, muscles: (site.graph.musclesOfCondition.get(c.id) ?? []).map((l) => l.muscle) }));
}

export function studyIndex(site: Site): StudyIndex {
  const muscles = site.muscles.map((m) => ({ id: m.id, name: m.data.name, area: m.data.area }));
  const roots = rootsOf(site).map((o) => ({ id: o.id, name: o.data.name }));
  const [all, ...rest] = decks(muscles, studyConditions(site), { ...BODY_AREA_LABELS });
  // The dermatome deck after "All muscles": a deck of its own kind, not one more body area.
  return { muscles, roots, decks: [all!, ...(roots.length ? [dermatomeDeck(roots)] : []), ...rest] };
}

export function studyData(site: Site): StudyData {
  const cases = studyCases(site);
  const muscles: StudyMuscleData[] = site.muscles.map((m) => {
    const tps = m.data.triggerPoints;
    return {
      id: m.id,
      name: m.data.name,
      otherNames: m.data.otherNames,
      area: m.data.area,
      zones: regionKinds(tps.map((t) => t.referral)),
      sites: tps.map((tp) => siteRegions(tp.landmark)),
      ...studyMaps(m.id, tps),
      case: cases.get(m.id)!,
    };
  });
  return { muscles, conditions: studyConditions(site), areas: { ...BODY_AREA_LABELS } };
}
