import { describe, expect, it } from 'vitest';
import {
  cardsOf,
  choicesFor,
  decks,
  gradeOf,
  interleave,
  muscleOfCard,
  namesMuscle,
  parseCardId,
  quizCards,
  scoreCase,
  scorePattern,
  type StudyMuscle,
} from '../../src/lib/study';

const m = (id: string, area: string, zones: StudyMuscle['zones'], sites: string[][] = [['temple']]): StudyMuscle => ({
  id,
  name: id.replace(/-/g, ' '),
  otherNames: [],
  area,
  zones,
  sites,
});
const muscles = [
  m('upper-trapezius', 'shoulder', { temple: 'e', 'posterior-neck': 'e', orbit: 's' }, [['shoulder-top']]),
  m('masseter', 'head', { cheek: 'e', tmj: 's' }, [['mandible']]),
  m('temporalis', 'head', { temple: 'e' }),
  m('scalenes', 'head', { pectoral: 'e' }),
  m('gluteus-minimus', 'hip', { 'lateral-thigh': 'e' }),
];

describe('decks and cards', () => {
  const ds = decks(muscles, [{ id: 'headache', name: 'Headache', muscles: ['upper-trapezius', 'temporalis', 'gone'] }], {
    head: 'Head',
    shoulder: 'Shoulder',
    hip: 'Hip',
    empty: 'Empty',
  });

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

describe('scoring a case and grading', () => {
  const ranking = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('accepts any muscle of the top three, in any order', () => {
    expect(scoreCase(['a', 'b', 'c'], ['a', 'b', 'c'], ranking)).toBe(1);
    expect(scoreCase(['c', 'b', 'a'], ['a', 'b', 'c'], ranking)).toBe(1);
    expect(scoreCase(['c'], ['a', 'b', 'c'], ranking)).toBe(0.333);
  });

  it('gives a third for a pick ranked 4th to 6th, nothing for others or repeats', () => {
    expect(scoreCase(['d', 'x', 'y'], ['a', 'b', 'c'], ranking)).toBe(0.11);
    expect(scoreCase(['a', 'a', 'a'], ['a', 'b', 'c'], ranking)).toBe(0.333);
    expect(scoreCase([], ['a', 'b', 'c'], ranking)).toBe(0);
  });

  it("counts ties at third place and the case's own muscle as right", () => {
    // The rhomboids case: the finder ranks rhomboids 4th, but the case was written from them.
    expect(scoreCase(['rhomboids', 'a', 'b'], ['a', 'b', 'c', 'rhomboids'], ['a', 'b', 'c', 'rhomboids'])).toBe(1);
    // Only two right answers exist: both found is full marks.
    expect(scoreCase(['a', 'b', 'z'], ['a', 'b'], ['a', 'b'])).toBe(1);
  });

  it('maps scores to FSRS grades', () => {
    expect([1, 0.95, 0.8, 0.75, 0.6, 0.5, 0.49, 0].map(gradeOf)).toEqual([4, 4, 3, 3, 2, 2, 1, 1]);
  });
});

/** The smallest distance between two cards of one muscle in a queue. */
const closest = (ids: string[]) => {
  let min = Infinity;
  ids.forEach((id, i) => {
    const j = ids.findIndex((other, k) => k > i && muscleOfCard(other) === muscleOfCard(id));
    if (j > 0) min = Math.min(min, j - i);
  });
  return min;
};

describe('queue order', () => {
  const deck = (n: number) =>
    'abcdefghij'
      .slice(0, n)
      .split('')
      .flatMap((m) => ['pm', 'mp', 'sm'].map((t) => `${t}:${m}`));

  it('keeps five cards between two cards of one muscle, first card first', () => {
    for (const n of [5, 6, 7, 10]) {
      const q = interleave(deck(n));
      expect(q[0]).toBe('pm:a');
      expect(new Set(q)).toEqual(new Set(deck(n)));
      expect(closest(q), `${n} muscles`).toBeGreaterThanOrEqual(5);
    }
  });

  it('spaces as widely as a small deck allows', () => {
    expect(closest(interleave(deck(3)))).toBe(3);
  });

  it('keeps the priority order when the muscles differ', () => {
    expect(interleave(['pm:c', 'pm:a', 'pm:b'])).toEqual(['pm:c', 'pm:a', 'pm:b']);
  });

  it('spaces from the cards already shown', () => {
    expect(interleave(['pm:a', 'pm:b'], 5, ['a', 'x'])).toEqual(['pm:b', 'pm:a']);
  });

  it('draws the same quiz from the same seed, and another from another seed', () => {
    const cards = deck(10).map((id) => parseCardId(id)!);
    const a = quizCards(cards, 10, 'seed-1').map((c) => c.id);
    expect(quizCards(cards, 10, 'seed-1').map((c) => c.id)).toEqual(a);
    expect(quizCards(cards, 10, 'seed-2').map((c) => c.id)).not.toEqual(a);
    expect(new Set(a).size).toBe(10);
  });
});

describe('progress', async () => {
  const { deckStats, describeImport, emptyProgress, mergeProgress, previewImport, queue, REVIEW_STATE, serialise } = await import(
    '../../src/lib/study-progress'
  );
  const { parseProgress } = await import('../../src/lib/study-progress-schema');
  const { review } = await import('../../src/lib/study-schedule');
  const { State } = await import('ts-fsrs');

  it('counts learned cards by the state ts-fsrs calls Review', () => {
    expect(REVIEW_STATE).toBe(State.Review);
  });
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

  it('exports and imports the same progress', () => {
    const p = review(review(emptyProgress(), 'mp:masseter', 2, 0.6, t0, { essential: 0.5, spillover: 1, sites: 0 }), 'sm:masseter', 4, 1, t0);
    expect(parseProgress(serialise(p), t0)).toEqual(p);
  });

  it('refuses each kind of bad file with a reason naming the card or review and the field', () => {
    const good = review(emptyProgress(), 'mp:masseter', 3, 0.8, t0);
    const now = new Date('2026-01-02T00:00:00Z');
    // biome-ignore lint/suspicious/noExplicitAny: a saved file as parsed JSON, broken field by field on purpose.
    type Json = any;
    const bad = (change: (o: Json) => void) => {
      const o = JSON.parse(serialise(good));
      change(o);
      return parseProgress(JSON.stringify(o), now);
    };
    const card = (o: Json) => o.cards['mp:masseter'];
    expect(parseProgress('not json')).toEqual({ error: 'This file is not JSON.' });
    expect(parseProgress('[1, 2]')).toEqual({ error: 'This file holds no progress.' });
    expect(parseProgress(JSON.stringify({ version: 9 }))).toEqual({ error: 'Unknown progress version 9.' });
    expect(bad((o) => (o.app = 'anki'))).toEqual({ error: 'The file: this is not a Trigger Point Atlas progress file.' });
    expect(bad((o) => delete o.log)).toEqual({ error: 'The file: log must be a list of reviews.' });
    expect(bad((o) => (o.cards = [1]))).toEqual({ error: 'The file: cards must be an object of card states.' });
    expect(bad((o) => (o.cards['xx:masseter'] = card(o)))).toEqual({
      error: 'Card "xx:masseter": is not a study card id (pm:, mp:, sm:, dr: or rd: and a muscle or nerve root).',
    });
    expect(bad((o) => (o.cards['mp:masseter'] = null))).toEqual({ error: 'Card "mp:masseter": must be a card state (an object).' });
    expect(bad((o) => (card(o).stability = -1))).toEqual({ error: 'Card "mp:masseter": stability must be 0 or more.' });
    expect(bad((o) => (card(o).stability = 0))).toEqual({
      error: 'Card "mp:masseter": stability must be at least 0.001 once a card has been reviewed.',
    });
    expect(bad((o) => (card(o).stability = 1e6))).toEqual({ error: 'Card "mp:masseter": stability must be at most 36500.' });
    expect(bad((o) => (card(o).difficulty = 11))).toEqual({ error: 'Card "mp:masseter": difficulty must be between 1 and 10.' });
    expect(bad((o) => (card(o).state = 99))).toEqual({
      error: 'Card "mp:masseter": state must be 0 (new), 1 (learning), 2 (review) or 3 (relearning).',
    });
    expect(bad((o) => (card(o).reps = 1.5))).toEqual({ error: 'Card "mp:masseter": reps must be a whole number.' });
    expect(bad((o) => delete card(o).reps)).toEqual({ error: 'Card "mp:masseter": reps must be a number.' });
    expect(bad((o) => (card(o).lapses = 4))).toEqual({ error: 'Card "mp:masseter": lapses cannot exceed reps.' });
    expect(bad((o) => (card(o).due = 'yesterday'))).toEqual({ error: 'Card "mp:masseter": due must be a date and time (ISO 8601).' });
    expect(bad((o) => (card(o).due = '1999-01-01T00:00:00Z'))).toEqual({ error: 'Card "mp:masseter": due is before 2020.' });
    expect(bad((o) => (card(o).last_review = '2026-06-01T00:00:00Z'))).toEqual({
      error: 'Card "mp:masseter": last_review is too far in the future.',
    });
    expect(bad((o) => delete card(o).last_review)).toEqual({ error: 'Card "mp:masseter": last_review is missing on a reviewed card.' });
    expect(bad((o) => (o.log[0].grade = 5))).toEqual({ error: 'Review 1 of the log: grade must be 1 (again), 2 (hard), 3 (good) or 4 (easy).' });
    expect(bad((o) => (o.log[0].score = 2))).toEqual({ error: 'Review 1 of the log: score must be between 0 and 1.' });
    expect(bad((o) => (o.log[0].at = 'soon'))).toEqual({ error: 'Review 1 of the log: at must be a date and time (ISO 8601).' });
    expect(bad((o) => (o.log[0].card = 'masseter'))).toEqual({
      error: 'Review 1 of the log: is not a study card id (pm:, mp:, sm:, dr: or rd: and a muscle or nerve root).',
    });
  });

  it('previews and merges an import: the more recent review of each card wins, logs are united', () => {
    const t1 = new Date('2026-01-05T10:00:00Z');
    let mine = review(emptyProgress(), 'pm:masseter', 3, 1, t0); // older here
    mine = review(mine, 'pm:temporalis', 3, 1, t1); // newer here
    mine = review(mine, 'pm:scalenes', 3, 1, t0); // only here
    let file = review(emptyProgress(), 'pm:masseter', 1, 0, t1);
    file = review(file, 'pm:temporalis', 1, 0, t0);
    file = review(file, 'sm:masseter', 4, 1, t0); // new
    expect(previewImport(mine, file)).toEqual({ adds: 1, updates: 1, older: 1, same: 0, onlyHere: 1, newReviews: 3 });
    expect(describeImport(previewImport(mine, file))).toBe('adds 1 card, updates 1, 1 older than yours (yours kept)');
    const merged = mergeProgress(mine, file);
    expect(merged.cards['pm:masseter']).toEqual(file.cards['pm:masseter']);
    expect(merged.cards['pm:temporalis']).toEqual(mine.cards['pm:temporalis']);
    expect(merged.cards['pm:scalenes']).toEqual(mine.cards['pm:scalenes']);
    expect(merged.cards['sm:masseter']).toEqual(file.cards['sm:masseter']);
    expect(merged.log).toHaveLength(6);
    expect(mergeProgress(merged, file).log).toHaveLength(6);
    // An empty file adds and changes nothing.
    const same = mergeProgress(mine, emptyProgress());
    expect(same.cards).toEqual(mine.cards);
    expect(same.log.map((x) => x.at)).toEqual(mine.log.map((x) => x.at).sort());
  });
});

describe('weak spots', async () => {
  const { weakSpots, sessionCount, weakCards } = await import('../../src/lib/study-weak');
  const at = (day: number, min = 0) => new Date(Date.UTC(2026, 0, day, 10, min)).toISOString();
  const r = (card: string, score: number, at: string, missed?: { essential: number; spillover: number; sites: number }) => ({
    card,
    grade: gradeOf(score),
    score,
    at,
    ...(missed ? { missed } : {}),
  });

  it('counts sessions as reviews more than 30 minutes apart', () => {
    expect(sessionCount([r('pm:a', 1, at(1, 0)), r('pm:b', 1, at(1, 20)), r('pm:c', 1, at(1, 55)), r('pm:d', 1, at(2))])).toBe(3);
  });

  it('names the parts missed at least twice and in at least half of the recent attempts', () => {
    const ed = { essential: 0, spillover: 1, sites: 0 };
    const log = [
      r('mp:extensor-digitorum', 0.8, at(1), ed),
      r('mp:extensor-digitorum', 0.8, at(2), ed),
      r('mp:extensor-digitorum', 0.9, at(3), { essential: 0, spillover: 0.5, sites: 0 }),
      r('pm:masseter', 0, at(1)),
      r('pm:masseter', 1, at(2)),
      r('pm:masseter', 0, at(3)),
      r('pm:masseter', 1, at(3, 5)),
      r('sm:scalenes', 0.33, at(1)),
      r('sm:scalenes', 1, at(2)),
      r('sm:scalenes', 1, at(3)),
    ];
    const spots = weakSpots(log);
    expect(spots.map((s) => [s.muscle, s.part, s.misses, s.attempts])).toEqual([
      ['extensor-digitorum', 'spillover', 3, 3],
      ['masseter', 'naming', 2, 4],
    ]);
    expect(weakCards(spots)).toEqual(['mp:extensor-digitorum', 'pm:masseter']);
  });

  it('shows nothing before three sessions, and forgets a part once it is learned', () => {
    const miss = { essential: 1, spillover: 1, sites: 1 };
    expect(weakSpots([r('mp:a', 0, at(1), miss), r('mp:a', 0, at(2), miss)])).toEqual([]);
    const learned = [
      r('mp:a', 0, at(1), miss),
      r('mp:a', 0, at(2), miss),
      ...[3, 4, 5, 6, 7].map((d) => r('mp:a', 1, at(d), { essential: 0, spillover: 0, sites: 0 })),
    ];
    expect(weakSpots(learned)).toEqual([]);
  });
});
