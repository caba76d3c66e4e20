import { describe, expect, it } from 'vitest';
import type { FinderData } from '../../src/lib/finder-data';
import { buildIndex, runQuery } from '../../src/lib/finder-query';

const data: FinderData = {
  regions: [
    { id: 'orbit', label: 'Orbit (eye)', synonyms: ['behind the eye'], area: 'head-neck', views: ['anterior'] },
    { id: 'temple', label: 'Temple', synonyms: ['side of the head'], area: 'head-neck', views: ['anterior'] },
    { id: 'palmar-index', label: 'Index finger, palmar side', synonyms: ['fingers'], area: 'arm-hand', views: ['hand-palmar'] },
  ],
  muscles: [
    { id: 'suboccipitals', name: 'Suboccipitals', prevalence: 'common', area: 'head-neck', zones: { orbit: 'e', temple: 's' }, symptoms: ['Headache'] },
    { id: 'temporalis', name: 'Temporalis', prevalence: 'common', area: 'head-neck', zones: { temple: 'e' }, symptoms: ['Toothache'] },
    { id: 'scalenes', name: 'Scalenes', prevalence: 'common', area: 'head-neck', zones: { 'palmar-index': 's' }, symptoms: ['Tingling or numbness in the hand'] },
  ],
  conditions: [
    { id: 'eye-pain', name: 'Eye pain', synonyms: ['headache behind the eye'], painRegions: ['orbit', 'temple'], muscles: ['suboccipitals'] },
    { id: 'tension-type-headache', name: 'Tension-type headache', synonyms: [], painRegions: ['temple'], muscles: ['temporalis'] },
  ],
};
const index = buildIndex(data);

describe('runQuery', () => {
  it('finds a place named inside a condition name, and the condition too', () => {
    const r = runQuery(index, 'headache behind the eye', []);
    expect(r.typedRegions).toEqual(['orbit']);
    expect(r.ranked.map((m) => m.id)).toEqual(['suboccipitals']);
    // The condition named in the words, plus those felt in the selected places; not every headache.
    expect(r.conditions).toEqual(['eye-pain']);
    expect(runQuery(index, 'headache', []).conditions.sort()).toEqual(['eye-pain', 'tension-type-headache']);
  });

  it('ranks for a named condition pain regions when no place is named', () => {
    const r = runQuery(index, 'tension-type headache', []);
    expect(r.regions).toEqual(['temple']);
    expect(r.ranked.map((m) => m.id)).toEqual(['temporalis', 'suboccipitals']);
  });

  it('adds picked regions to typed ones and lists symptom matches for words that name no place', () => {
    const r = runQuery(index, 'pins and needles in the fingers', ['temple']);
    expect(r.regions.sort()).toEqual(['palmar-index', 'temple']);
    expect(r.symptomMatches.map((s) => s.id)).toEqual(['scalenes']);
    expect(runQuery(index, 'zzz', []).unmatched).toEqual(['zzz']);
  });
});
