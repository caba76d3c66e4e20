import { describe, expect, it } from 'vitest';
import { byName, rankMuscles, withNameOrder, type RankMuscle } from '../../src/lib/rank';

const m = (id: string, name: string): RankMuscle => ({ id, name, prevalence: 'common', zones: { temple: 'e' } });
// Equal scores everywhere: the order of the list is the name order alone.
const muscles = [m('t', 'Temporalis'), m('a', 'Anconeus'), m('s', 'splenius capitis'), m('m', 'Masseter')];

describe('ties by name without a collator in the browser', () => {
  it('numbers the names in English alphabetical order (case does not come first)', () => {
    expect(withNameOrder(muscles).map((x) => [x.id, x.nameOrder])).toEqual([
      ['t', 3],
      ['a', 0],
      ['s', 2],
      ['m', 1],
    ]);
  });

  it('ranks tied muscles alphabetically, with or without the numbers', () => {
    const expected = ['a', 'm', 's', 't'];
    expect(rankMuscles(muscles, ['temple']).map((r) => r.id)).toEqual(expected);
    expect(rankMuscles(withNameOrder(muscles), ['temple']).map((r) => r.id)).toEqual(expected);
  });

  it('falls back to the names when a muscle has no number', () => {
    expect(byName({ name: 'Masseter' }, { name: 'Anconeus', nameOrder: 0 })).toBeGreaterThan(0);
    expect(byName({ name: 'B', nameOrder: 0 }, { name: 'A', nameOrder: 1 })).toBeLessThan(0);
  });
});
