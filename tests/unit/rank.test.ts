import { describe, expect, it } from 'vitest';
import { rankMuscles, type RankMuscle } from '../../src/lib/rank';

const m = (id: string, zones: RankMuscle['zones'], prevalence: RankMuscle['prevalence'] = 'common'): RankMuscle => ({
  id,
  name: id,
  prevalence,
  zones,
});

describe('rankMuscles', () => {
  it('ranks an essential zone above a spillover zone', () => {
    const r = rankMuscles([m('spill', { temple: 's' }), m('ess', { temple: 'e' })], ['temple']);
    expect(r.map((x) => x.id)).toEqual(['ess', 'spill']);
  });

  it('keeps essential above spillover whatever the prevalence', () => {
    const r = rankMuscles([m('spill', { temple: 's' }, 'very-common'), m('ess', { temple: 'e' }, 'occasional')], ['temple']);
    expect(r.map((x) => x.id)).toEqual(['ess', 'spill']);
  });

  it('ranks a muscle covering two selected regions above one covering one', () => {
    const r = rankMuscles([m('one', { temple: 'e' }), m('two', { temple: 'e', orbit: 'e' })], ['temple', 'orbit']);
    expect(r.map((x) => x.id)).toEqual(['two', 'one']);
    expect(r[0]!.covers).toEqual([
      { region: 'temple', kind: 'e' },
      { region: 'orbit', kind: 'e' },
    ]);
  });

  it('uses prevalence to order otherwise equal muscles', () => {
    const r = rankMuscles([m('rare', { temple: 'e' }, 'occasional'), m('often', { temple: 'e' }, 'very-common')], ['temple']);
    expect(r.map((x) => x.id)).toEqual(['often', 'rare']);
  });

  it('breaks exact ties by name, whatever the input order', () => {
    const a = [m('beta', { temple: 'e' }), m('alpha', { temple: 'e' }), m('gamma', { temple: 'e' })];
    expect(rankMuscles(a, ['temple']).map((x) => x.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(rankMuscles([...a].reverse(), ['temple']).map((x) => x.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('leaves out muscles that refer to none of the regions, and returns nothing for no selection', () => {
    expect(rankMuscles([m('x', { occiput: 'e' })], ['temple'])).toEqual([]);
    expect(rankMuscles([m('x', { temple: 'e' })], [])).toEqual([]);
  });

  it('scores within 0..1 and ignores duplicate regions', () => {
    const r = rankMuscles([m('x', { temple: 'e' }, 'very-common')], ['temple', 'temple']);
    expect(r[0]!.score).toBe(1);
  });
});
