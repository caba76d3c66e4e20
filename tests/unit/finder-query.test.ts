import { describe, expect, it } from 'vitest';
import { evaluate } from '../fixtures/finder-eval';
import { FINDER_QUERIES } from '../fixtures/finder-queries';
import { readQuery, runQuery, suggestions } from '../../src/lib/finder-query';
import { realIndex } from './real-finder';

const index = realIndex();
const places = (q: string) => readQuery(index, q).understood.filter((u) => u.kind === 'place');
const regionsOf = (q: string) => places(q).flatMap((u) => u.regions!);
const kinds = (q: string) => readQuery(index, q).understood.map((u) => u.kind);

describe('places in words', () => {
  it('lands spatial phrases (body part + qualifier) on the right regions', () => {
    const cases: [string, string][] = [
      ['behind the knee', 'popliteal-fossa'],
      ['front of the hip', 'anterior-hip'],
      ['inside of the heel', 'medial-heel'],
      ['base of the little finger', 'palmar-little'],
      ['under the kneecap', 'infrapatellar'],
      ['crook of the elbow', 'antecubital'],
      ['top of the shoulder', 'shoulder-top'],
      ['back of the heel', 'posterior-heel'],
      ['inside of the wrist', 'volar-wrist'],
      ['outer knee', 'lateral-knee'],
      ['outer side of the knee', 'lateral-knee'],
      ['between the thumb and index finger', 'first-web-space'],
    ];
    for (const [q, region] of cases) expect(regionsOf(q), q).toContain(region);
  });

  it('reads "back" from its neighbours', () => {
    expect(regionsOf('back of the hand')).toEqual(expect.arrayContaining(['dorsal-hand-radial', 'dorsal-hand-ulnar']));
    expect(regionsOf('back of the hand')).not.toContain('low-back');
    expect(regionsOf('back of my knee')).toContain('popliteal-fossa');
    expect(regionsOf('back of the head')).toContain('occiput');
    expect(regionsOf('back of the shoulder')).toContain('posterior-deltoid');
    expect(regionsOf('back of the arm')).toContain('posterior-arm');
    expect(regionsOf('back of the thigh')).toContain('posterior-thigh-upper');
    for (const q of ['back of the hand', 'back of the knee', 'back of the head', 'back of the arm', 'back of the thigh'])
      expect(regionsOf(q), q).not.toContain('low-back');
    expect(regionsOf('low back')).toContain('low-back');
    expect(regionsOf('my back')).toContain('low-back');
    expect(regionsOf('upper back')).toContain('interscapular');
    expect(regionsOf('mid back')).toContain('mid-back');
  });

  it('keeps two places apart and does not let them spill into dozens of regions', () => {
    const p = places('lateral elbow and dorsal forearm');
    expect(p.map((u) => u.text)).toEqual(['lateral elbow', 'dorsal forearm']);
    expect(p[0]!.regions).toEqual(['lateral-epicondyle']);
    expect([...p[1]!.regions!].sort()).toEqual(['dorsal-forearm-distal', 'dorsal-forearm-proximal']);
    expect(readQuery(index, 'lateral elbow and dorsal forearm').notUnderstood).toEqual([]);
  });

  it('never makes a place of filler words', () => {
    for (const q of ['pain', 'my', 'when I', 'down', 'it hurts when I', 'really bad pain down']) {
      const r = readQuery(index, q);
      expect(r.understood, q).toEqual([]);
      expect(r.notUnderstood, q).toEqual([]);
    }
  });

  it('understands everyday words: plurals, words run together, typing mistakes', () => {
    expect(regionsOf('pain in my molars')).toEqual(expect.arrayContaining(['upper-molars', 'lower-molars']));
    expect(regionsOf('shoulderblades')).toContain('infraspinous');
    expect(regionsOf('backache')).toContain('low-back');
    expect(readQuery(index, 'headaches').understood.some((u) => u.condition === 'tension-type-headache')).toBe(true);
    const carpel = readQuery(index, 'carpel tunnel').understood;
    expect(carpel.some((u) => u.condition === 'carpal-tunnel-like-symptoms')).toBe(true);
    expect(carpel[0]!.corrected).toEqual([{ from: 'carpel', to: 'carpal' }]);
    expect(readQuery(index, 'sciatic').understood.map((u) => u.condition)).toContain('sciatica-like-pain');
    expect(regionsOf('sholder blade')).toContain('infraspinous');
  });

  it('draws left and right on that side', () => {
    const r = runQuery(index, 'left temple', []);
    expect(r.keys).toEqual(['temple|l']);
    const both = runQuery(index, 'right knee and left hip', []);
    expect(both.reading.understood.find((u) => u.text === 'knee')?.side).toBe('r');
    expect(both.reading.understood.find((u) => u.text === 'hip')?.side).toBe('l');
  });
});

describe('symptoms and aggravators from the content', () => {
  it('understands symptom words alone', () => {
    for (const w of [
      'numbness',
      'tingling',
      'clicking',
      'ringing',
      'dizziness',
      'weakness',
      'giving way',
      'cramp',
      'stiffness',
      'burning',
      'throbbing',
    ]) {
      const r = readQuery(index, w);
      expect(r.notUnderstood, w).toEqual([]);
      expect(r.understood.length, w).toBeGreaterThan(0);
    }
  });

  it('understands what makes it worse', () => {
    for (const w of [
      'lifting',
      'typing',
      'climbing stairs',
      'standing up',
      'coughing',
      'yawning',
      'turning the head',
      'looking up',
      'raising the arm',
      'walking uphill',
    ]) {
      const r = readQuery(index, `it hurts when ${w}`);
      expect(r.notUnderstood, w).toEqual([]);
      expect(
        r.understood.some((u) => u.kind === 'aggravator' || u.kind === 'condition'),
        w,
      ).toBe(true);
    }
  });

  it('treats words naming a body part after "when" as part of the activity, not a place', () => {
    const r = readQuery(index, 'pain when raising the arm');
    expect(r.understood.map((u) => u.kind)).toEqual(['aggravator']);
  });

  it('says why each muscle is listed', () => {
    const r = runQuery(index, 'outer elbow when typing', []);
    const withBoth = r.ranked.find(
      (m) => m.reasons.some((x) => x.kind === 'place') && m.reasons.some((x) => x.kind === 'aggravator' || x.kind === 'symptom'),
    );
    expect(withBoth).toBeDefined();
    // Evidence reorders the muscles that refer to the place; it does not bring in others.
    for (const m of r.ranked) expect(m.placeScore > 0 || m.reasons.some((x) => x.kind === 'condition'), m.id).toBe(true);
  });
});

describe('no ranking from words not understood', () => {
  it('shows no ranking for sentences with no place, symptom or condition', () => {
    for (const q of ['hello', 'I went to the shop yesterday', 'asdfgh', 'the weather is nice today']) {
      const r = runQuery(index, q, []);
      expect(r.ranked, q).toEqual([]);
      expect(r.understoodAnything, q).toBe(false);
    }
  });

  it('lists the words not understood and offers the nearest vocabulary words', () => {
    const r = readQuery(index, 'temple and flurbish');
    expect(r.notUnderstood).toEqual(['flurbish']);
    expect(kinds('temple and flurbish')).toEqual(['place']);
    expect(suggestions(index, ['shouldr']).length).toBeGreaterThan(0);
    expect(suggestions(index, ['shouldr'])).toContain('shoulder');
  });
});

describe('the query table (tests/fixtures/finder-queries.ts, from Travell & Simons)', () => {
  it('has at least 80 queries of every kind', () => {
    expect(FINDER_QUERIES.length).toBeGreaterThanOrEqual(80);
    for (const k of ['place', 'sentence', 'typo', 'symptom', 'side', 'condition', 'none'])
      expect(
        FINDER_QUERIES.some((r) => r.kind === k),
        k,
      ).toBe(true);
  });

  it('puts an expected muscle in the top five for at least 97 % of them', () => {
    const { outcomes, hitAt5 } = evaluate(index);
    const misses = outcomes.filter((o) => !o.hit).map((o) => `${o.row.q}: got ${o.top.join(', ')}`);
    expect(hitAt5, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('shows no ranking for every sentence that names nothing', () => {
    const { outcomes } = evaluate(
      index,
      FINDER_QUERIES.filter((r) => r.expect === 'none'),
    );
    expect(outcomes.filter((o) => !o.hit).map((o) => `${o.row.q}: ${o.top.join(', ')}`)).toEqual([]);
  });
});

// Where other sources are felt: Gulati 2021 (the heart: chest with either arm), Goodman and Snyder
// (ureteric colic from the loin to the groin), Lee, McPhee and Stringer 2008 (C6: the thumb side of
// the forearm and hand), and the rule of src/lib/other-sources.ts (an alert needs two places).
describe('also consider in the finder: the same ranking as the pages, on /data/finder.json', () => {
  const others = (q: string, picked: string[] = []) => runQuery(index, q, picked).others;

  it('puts the heart first, with an alert, for chest and left arm pain typed or picked', () => {
    expect(others('pain in my chest and left arm')[0]).toMatchObject({ id: 'heart', alert: true });
    expect(others('', ['sternum-lower', 'medial-arm'])[0]).toMatchObject({ id: 'heart', alert: true });
  });

  it('keeps the side a place was typed with: the gallbladder refers to the right shoulder blade, not the left', () => {
    expect(others('right shoulder blade').map((c) => c.id)).toContain('gallbladder-and-liver');
    expect(others('left shoulder blade').map((c) => c.id)).not.toContain('gallbladder-and-liver');
  });

  it('raises no alert for one place, and lists nerve roots and nerves for the thumb side of the forearm', () => {
    const forearm = others('', ['radial-forearm']);
    expect(forearm.some((c) => c.alert)).toBe(false);
    expect(forearm.map((c) => c.id)).toEqual(expect.arrayContaining(['c6-nerve-root', 'superficial-radial-nerve']));
  });

  it('lists nothing when nothing is picked or understood', () => {
    expect(others('')).toEqual([]);
    expect(others('qwerty zzz')).toEqual([]);
  });
});
