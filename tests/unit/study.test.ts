import { describe, expect, it } from 'vitest';
import { cardsOf, choicesFor, decks, gradeOf, namesMuscle, parseCardId, scorePattern, scoreRanking, type StudyMuscle } from '../../src/lib/study';

const m = (id: string, area: string, zones: StudyMuscle['zones'], sites: string[][] = [['temple']]): StudyMuscle => ({ id, name: id.replace(/-/g, ' '), otherNames: [], area, zones, sites });
const muscles = [
  m('upper-trapezius', 'shoulder', { temple: 'e', 'posterior-neck': 'e', orbit: 's' }, [['shoulder-top']]),
  m('masseter', 'head', { cheek: 'e', tmj: 's' }, [['mandible']]),
  m('temporalis', 'head', { temple: 'e' }),
  m('scalenes', 'head', { pectoral: 'e' }),
  m('gluteus-minimus', 'hip', { 'lateral-thigh': 'e' }),
];

describe('decks and cards', () => {
  const ds = decks(muscles, [{ id: 'headache', name: 'Headache', muscles: ['upper-trapezius', 'temporalis', 'gone'] }], { head: 'Head', shoulder: 'Shoulder', hip: 'Hip', empty: 'Empty' });

  it('builds an all deck, one per body area with muscles, and one per condition', () => {
    expect(ds.map((d) => d.id)).toEqual(['all', 'area:head', 'area:shoulder', 'area:hip', 'condition:headache']);
    expect(ds.find((d) => d.id === 'condition:headache')!.muscles).toEqual(['temporalis', 'upper-trapezius']);
  });

  it('makes one card per muscle and chosen type, with ids that parse back', () => {
    const cards = cardsOf(ds[1]!, ['pattern-to-muscle', 'muscle-to-pattern']);
    expect(cards.map((c) => c.id)).toEqual(['pm:masseter', 'mp:masseter', 'pm:scalenes', 'mp:scalenes', 'pm:temporalis', 'mp:temporalis']);
    expect(parseCardId('sm:masseter')).toEqual({ id: 'sm:masseter', type: 'symptom-to-muscle', muscle: 'masseter' });
    expect(parseCardId('zz:masseter')).toBeUndefined();
  });

  it('offers the answer among four distinct choices, same area first, the same every time', () => {
    const card = { id: 'pm:masseter', type: 'pattern-to-muscle' as const, muscle: 'masseter' };
    const a = choicesFor(card, muscles).map((x) => x.id);
    expect(a).toHaveLength(4);
    expect(new Set(a).size).toBe(4);
    expect(a).toContain('masseter');
    expect(a).toContain('temporalis');
    expect(a).toContain('scalenes');
    expect(choicesFor(card, muscles).map((x) => x.id)).toEqual(a);
  });

  it('accepts typed names in any case and plural', () => {
    expect(namesMuscle('  Upper Trapezius ', muscles[0]!)).toBe(true);
    expect(namesMuscle('upper trapezius muscle', muscles[0]!)).toBe(true);
    expect(namesMuscle('lower trapezius', muscles[0]!)).toBe(false);
    expect(namesMuscle('', muscles[0]!)).toBe(false);
  });
});

describe('scoring a marked pattern', () => {
  const ut = muscles[0]!;

  it('gives full marks for the exact pattern and the trigger point site', () => {
    const s = scorePattern(ut, ['temple', 'posterior-neck', 'orbit'], ['shoulder-top']);
    expect(s.score).toBe(1);
    expect(s.regions.every((r) => r.verdict.startsWith('hit'))).toBe(true);
  });

  it('counts a spillover region half, and a missed essential region in full', () => {
    expect(scorePattern(ut, ['temple', 'posterior-neck'], ['shoulder-top']).pattern).toBe(0.8); // 2 / 2.5
    expect(scorePattern(ut, ['temple', 'orbit'], ['shoulder-top']).pattern).toBe(0.6); // 1.5 / 2.5
  });

  it('charges wrong marks and says which regions were extra', () => {
    const s = scorePattern(ut, ['temple', 'posterior-neck', 'orbit', 'chin', 'nose'], ['shoulder-top']);
    expect(s.pattern).toBe(0.714); // 2.5 / (2.5 + 1)
    expect(s.regions.filter((r) => r.verdict === 'extra').map((r) => r.region)).toEqual(['chin', 'nose']);
  });

  it('scores trigger point sites separately and weighs them less', () => {
    const s = scorePattern(ut, ['temple', 'posterior-neck', 'orbit'], ['occiput']);
    expect(s.sites).toBe(0); // 0 found / (1 + 0.5)
    expect(s.score).toBe(0.8);
    expect(scorePattern(ut, [], []).score).toBe(0);
  });
});

describe('scoring a ranking and grading', () => {
  it('compares picks with the finder order', () => {
    const finder = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(scoreRanking(['a', 'b', 'c'], finder)).toBe(1);
    expect(scoreRanking(['c', 'b', 'a'], finder)).toBe(0.78); // 0.67 + 1 + 0.67
    expect(scoreRanking(['d', 'x', 'y'], finder)).toBe(0.11);
    expect(scoreRanking([], finder)).toBe(0);
  });

  it('maps scores to FSRS grades', () => {
    expect([1, 0.95, 0.8, 0.75, 0.6, 0.5, 0.49, 0].map(gradeOf)).toEqual([4, 4, 3, 3, 2, 2, 1, 1]);
  });
});

describe('progress', async () => {
  const { deckStats, emptyProgress, parseProgress, queue, review, serialise } = await import('../../src/lib/study-progress');
  const t0 = new Date('2026-01-01T10:00:00Z');

  it('schedules with FSRS: a failed card comes back sooner than a good one', () => {
    let p = review(emptyProgress(), 'pm:masseter', 1, 0, t0);
    p = review(p, 'pm:temporalis', 3, 0.8, t0);
    expect(p.cards['pm:masseter']!.due.getTime()).toBeLessThan(p.cards['pm:temporalis']!.due.getTime());
    expect(p.log.map((r) => r.card)).toEqual(['pm:masseter', 'pm:temporalis']);
  });

  it('counts new, due and queued cards per deck', () => {
    const p = review(emptyProgress(), 'pm:masseter', 3, 0.8, t0);
    const ids = ['pm:masseter', 'pm:temporalis', 'pm:scalenes'];
    expect(deckStats(p, ids, t0)).toEqual({ total: 3, new: 2, due: 0, learned: 0 });
    expect(queue(p, ids, t0)).toEqual(['pm:temporalis', 'pm:scalenes']);
    const later = new Date('2026-03-01T10:00:00Z');
    expect(deckStats(p, ids, later).due).toBe(1);
    expect(queue(p, ids, later)[0]).toBe('pm:masseter');
  });

  it('exports and imports the same progress, and rejects a malformed file with a reason', () => {
    const p = review(review(emptyProgress(), 'mp:masseter', 2, 0.6, t0), 'sm:masseter', 4, 1, t0);
    const back = parseProgress(serialise(p));
    expect(back).toEqual(p);
    expect(parseProgress('not json')).toEqual({ error: 'This file is not JSON.' });
    expect(parseProgress(JSON.stringify({ version: 9 }))).toEqual({ error: 'Unknown progress version 9.' });
    const bad = JSON.parse(serialise(p));
    bad.cards['mp:masseter'].due = 'yesterday';
    expect(parseProgress(JSON.stringify(bad))).toEqual({ error: 'Card "mp:masseter" has a bad due.' });
  });
});
