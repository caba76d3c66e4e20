// The dermatome deck: one "name the root" and one "mark the dermatome" card per nerve root C2 to
// S2, choices that are the answer's anatomical neighbours, a dermatome scored by its places alone
// (a root has no trigger points), and progress saved before the deck existed still loading.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/lib/content';
import { loadContent } from '../../src/lib/content-files';
import { buildGraph } from '../../src/lib/graph';
import { buildMaps } from '../../src/lib/maps';
import { otherSourceZones } from '../../src/lib/other-sources';
import {
  CARD_TYPES,
  cardPage,
  cardsOf,
  gradeOf,
  namesMuscle,
  parseCardId,
  rootChoices,
  scorePattern,
  typesOf,
  verdictText,
  type StudyCard,
} from '../../src/lib/study';
import { studyIndex, studyRoots } from '../../src/lib/study-data';
import { emptyProgress, serialise } from '../../src/lib/study-progress';
import { parseProgress } from '../../src/lib/study-progress-schema';
import { review } from '../../src/lib/study-schedule';
import { weakSpots } from '../../src/lib/study-weak';

const content = loadContent(fileURLToPath(new URL('../..', import.meta.url)));
const muscles = [...content.muscles].sort((a, b) => a.data.name.localeCompare(b.data.name));
const site = {
  muscles,
  conditions: content.conditions,
  otherSources: content.otherSources,
  graph: buildGraph(muscles as never, content.conditions as never),
} as unknown as Site;

/** The spinal nerves with a dermatome, top to bottom (C1 has none to speak of; S3 and below are perineal). */
const LEVELS = [
  ...['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
  ...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  ...['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'],
];
const slug = (level: string) => `${level.toLowerCase()}-nerve-root`;
const card = (level: string): StudyCard => ({ id: `dr:${slug(level)}`, type: 'dermatome-to-root', muscle: slug(level) });
/** Roots in spinal order, as the deck's data lists them. */
const roots = LEVELS.map((level) => ({ id: slug(level), level, name: `${level} nerve root` }));
const levelsOf = (rs: readonly { id: string }[]) => rs.map((r) => roots.find((x) => x.id === r.id)!.level);

describe('the dermatome deck', () => {
  const index = studyIndex(site);
  const deck = index.decks.find((d) => d.id === 'dermatomes')!;

  it('is offered on the study home, after all muscles, with the 26 roots C2 to S2 in spinal order', () => {
    expect(index.decks.map((d) => d.id).slice(0, 2)).toEqual(['all', 'dermatomes']);
    expect(deck.label).toBe('Dermatomes: nerve roots C2–S2');
    expect(deck.muscles).toEqual(LEVELS.map(slug));
    expect(index.roots.map((r) => r.name)).toEqual(LEVELS.map((l) => `${l} nerve root`));
  });

  it('makes one name card and one mark card per root, and only those', () => {
    expect(typesOf(deck)).toEqual(['dermatome-to-root', 'root-to-dermatome']);
    const cards = cardsOf(deck, CARD_TYPES);
    expect(cards).toHaveLength(52);
    expect(cards.slice(0, 4).map((c) => c.id)).toEqual(['dr:c2-nerve-root', 'rd:c2-nerve-root', 'dr:c3-nerve-root', 'rd:c3-nerve-root']);
    for (const level of LEVELS) {
      expect(cards.filter((c) => c.muscle === slug(level)).map((c) => c.type)).toEqual(['dermatome-to-root', 'root-to-dermatome']);
    }
    expect(parseCardId('rd:l5-nerve-root')).toEqual({ id: 'rd:l5-nerve-root', type: 'root-to-dermatome', muscle: 'l5-nerve-root' });
    // Unticking one type leaves the other; muscle decks never make root cards, nor this deck muscle cards.
    expect(cardsOf(deck, ['root-to-dermatome']).map((c) => c.type)).toEqual(Array(26).fill('root-to-dermatome'));
    expect(cardsOf(deck, ['pattern-to-muscle', 'muscle-to-pattern'])).toEqual([]);
    const all = index.decks.find((d) => d.id === 'all')!;
    expect(cardsOf(all, CARD_TYPES).some((c) => c.type === 'dermatome-to-root' || c.type === 'root-to-dermatome')).toBe(false);
  });

  it("links a root card's answer to the root's page among the other sources", () => {
    expect(cardPage(card('C6'))).toBe('/other-sources/c6-nerve-root/');
    expect(cardPage({ type: 'pattern-to-muscle', muscle: 'masseter' })).toBe('/muscles/masseter/');
  });
});

describe('choices for naming a root: its neighbours', () => {
  it('C6 is asked against C5 and C7 (the arm roots confused most), and C4 or C8', () => {
    const c = levelsOf(rootChoices(card('C6'), roots));
    expect(c).toHaveLength(4);
    expect(c).toEqual(expect.arrayContaining(['C5', 'C6', 'C7']));
    expect(['C4', 'C8']).toContain(c.find((l) => !['C5', 'C6', 'C7'].includes(l)));
  });

  it('L5 against L4 and S1, and L3 or S2; S1 against L5 and S2', () => {
    const l5 = levelsOf(rootChoices(card('L5'), roots));
    expect(l5).toEqual(expect.arrayContaining(['L4', 'L5', 'S1']));
    expect(['L3', 'S2']).toContain(l5.find((l) => !['L4', 'L5', 'S1'].includes(l)));
    expect(levelsOf(rootChoices(card('S1'), roots))).toEqual(expect.arrayContaining(['L5', 'S1', 'S2']));
  });

  it('at the ends of the spine and across the junctions the neighbours are on one side or across them', () => {
    expect(levelsOf(rootChoices(card('C2'), roots))).toEqual(['C2', 'C3', 'C4', 'C5']);
    expect(levelsOf(rootChoices(card('S2'), roots))).toEqual(['L4', 'L5', 'S1', 'S2']);
    // C8 lies next to T1 (the little finger and the inner forearm), T12 next to L1 (the groin).
    expect(levelsOf(rootChoices(card('C8'), roots))).toEqual(expect.arrayContaining(['C7', 'C8', 'T1']));
    expect(levelsOf(rootChoices(card('T12'), roots))).toEqual(expect.arrayContaining(['T11', 'T12', 'L1']));
  });

  it('lists the choices top to bottom, the same every time', () => {
    const c = levelsOf(rootChoices(card('T4'), roots));
    expect(c.map((l) => LEVELS.indexOf(l))).toEqual([...c.map((l) => LEVELS.indexOf(l))].sort((a, b) => a - b));
    expect(levelsOf(rootChoices(card('T4'), roots))).toEqual(c);
  });
});

describe("a root's cards from the content", { timeout: 120_000 }, () => {
  const data = studyRoots(site);
  const root = (level: string) => data.find((r) => r.level === level)!;

  it('builds every root, in spinal order, each with a map to name it from and views to mark on', () => {
    expect(data.map((r) => r.level)).toEqual(LEVELS);
    for (const r of data) {
      expect(r.maps.length, r.level).toBeGreaterThan(0);
      expect(r.views, r.level).toEqual(expect.arrayContaining(r.maps.map((m) => m.view)));
      expect(r.sites, r.level).toEqual([]);
      // No trigger point crosses on a dermatome.
      expect(
        r.maps.flatMap((m) => m.marks),
        r.level,
      ).toEqual([]);
    }
  });

  it("draws the dermatome as the root's own page draws it: the same smooth shapes on every view", () => {
    const c6 = content.otherSources.find((o) => o.id === 'c6-nerve-root')!;
    const page = buildMaps({ zones: otherSourceZones(c6 as never) });
    expect(root('C6').truth).toEqual(page.map((m) => ({ view: m.view, viewBox: m.viewBox, zones: m.zones })));
  });

  it('marks the classic places: the thumb for C6, the middle finger for C7, the little finger for C8, the nipple line for T4, the navel for T10, the big toe for L5, the heel for S1', () => {
    expect(root('C6').zones['dorsal-thumb']).toBe('e');
    expect(root('C7').zones['palmar-middle']).toBe('e');
    expect(root('C8').zones['palmar-little']).toBe('e');
    expect(root('T4').zones.breast).toBe('e');
    expect(root('T10').zones.umbilical).toBe('e');
    expect(root('L5').zones['dorsal-big-toe']).toBe('e');
    expect(root('S1').zones['lateral-heel']).toBe('e');
    // The thumb is not C7's, nor the little finger C6's.
    expect(root('C7').zones['dorsal-thumb']).toBeUndefined();
    expect(root('C6').zones['palmar-little']).toBeUndefined();
  });

  it('accepts a typed level, its name, but not an alias that names no one root', () => {
    expect(namesMuscle('c6', root('C6'))).toBe(true);
    expect(namesMuscle('C6 nerve root', root('C6'))).toBe(true);
    expect(namesMuscle('C7', root('C6'))).toBe(false);
    expect(namesMuscle('cervical radiculopathy', root('C6'))).toBe(false);
  });
});

describe('scoring a marked dermatome', () => {
  // A root's places: three where most maps put it, two where only some do; no trigger points.
  const r = {
    id: 'c6-nerve-root',
    name: 'C6 nerve root',
    otherNames: [],
    zones: { 'radial-forearm': 'e', 'dorsal-thumb': 'e', 'palmar-thumb': 'e', 'lateral-arm': 's', antecubital: 's' } as const,
    sites: [],
  };

  it('scores the places alone: all typical places marked is Good, with the occasional ones too Easy', () => {
    const typical = scorePattern(r, ['radial-forearm', 'dorsal-thumb', 'palmar-thumb']);
    expect(typical.score).toBe(0.75); // 3 / (3 + 0.5 + 0.5)
    expect(gradeOf(typical.score)).toBe(3);
    expect(scorePattern(r, ['radial-forearm', 'dorsal-thumb', 'palmar-thumb', 'lateral-arm', 'antecubital']).score).toBe(1);
  });

  it('gives nothing for an empty answer (no free credit for trigger points a root does not have)', () => {
    expect(scorePattern(r, []).score).toBe(0);
    expect(gradeOf(scorePattern(r, []).score)).toBe(1);
  });

  it("marks the neighbour's skin as outside the dermatome", () => {
    const s = scorePattern(r, ['radial-forearm', 'dorsal-thumb', 'palmar-thumb', 'palmar-middle']);
    expect(s.score).toBe(0.667); // 3 / (4 + 0.5)
    expect(s.regions.find((x) => x.region === 'palmar-middle')!.verdict).toBe('extra');
    expect(verdictText('extra', true)).toBe('not in this dermatome');
    expect(verdictText('missed-spillover', true)).toBe('not marked (in some people)');
    expect(verdictText('missed-essential', false)).toBe('missed essential');
  });
});

describe('progress with dermatome cards', () => {
  const t0 = new Date('2026-01-01T10:00:00Z');
  const now = new Date('2026-03-01T10:00:00Z');

  it('still loads progress saved before the deck existed (muscle cards only)', () => {
    // A file as study mode saved it before dermatome cards: version 1, pm/mp/sm cards.
    const old = `{
 "app": "trigger-point-atlas",
 "version": 1,
 "cards": {
  "pm:masseter": {"due": "2026-01-05T10:00:00.000Z", "stability": 3.2602, "difficulty": 4.88, "elapsed_days": 0, "scheduled_days": 4, "learning_steps": 0, "reps": 1, "lapses": 0, "state": 2, "last_review": "2026-01-01T10:00:00.000Z"},
  "mp:masseter": {"due": "2026-01-01T10:10:00.000Z", "stability": 0.212, "difficulty": 6.4133, "elapsed_days": 0, "scheduled_days": 0, "learning_steps": 0, "reps": 1, "lapses": 0, "state": 1, "last_review": "2026-01-01T10:00:00.000Z"}
 },
 "log": [
  {"card": "pm:masseter", "grade": 4, "score": 1, "at": "2026-01-01T10:00:00.000Z"},
  {"card": "mp:masseter", "grade": 1, "score": 0.3, "at": "2026-01-01T10:00:00.000Z", "missed": {"essential": 1, "spillover": 1, "sites": 0}},
  {"card": "sm:masseter", "grade": 3, "score": 0.8, "at": "2026-01-01T10:01:00.000Z"}
 ]
}`;
    const p = parseProgress(old, now);
    expect('error' in p).toBe(false);
    if ('error' in p) return;
    expect(Object.keys(p.cards)).toEqual(['pm:masseter', 'mp:masseter']);
    expect(p.cards['pm:masseter']!.due).toEqual(new Date('2026-01-05T10:00:00.000Z'));
    expect(p.log).toHaveLength(3);
  });

  it('saves and reads back dermatome cards beside muscle cards', () => {
    let p = review(emptyProgress(), 'pm:masseter', 3, 1, t0);
    p = review(p, 'dr:c6-nerve-root', 1, 0, t0);
    p = review(p, 'rd:l5-nerve-root', 2, 0.6, t0, { essential: 0.4, spillover: 1, sites: 0 });
    const back = parseProgress(serialise(p), now);
    expect(back).toEqual(p);
    expect(Object.keys(p.cards).sort()).toEqual(['dr:c6-nerve-root', 'pm:masseter', 'rd:l5-nerve-root']);
  });

  it('counts a root named wrongly twice as a weak spot in naming it, linked to its card', () => {
    let p = emptyProgress();
    for (const day of [1, 2, 3]) p = review(p, 'dr:c7-nerve-root', day === 2 ? 4 : 1, day === 2 ? 1 : 0, new Date(Date.UTC(2026, 0, day, 18)));
    expect(weakSpots(p.log)).toEqual([{ muscle: 'c7-nerve-root', part: 'naming', card: 'dr:c7-nerve-root', misses: 2, attempts: 3 }]);
  });
});
