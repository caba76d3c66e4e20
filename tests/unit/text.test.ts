import { describe, expect, it } from 'vitest';
import { editDistance, normalise, SYNONYMS, tokens, typoAllowance, words } from '../../src/lib/text';

describe('normalise', () => {
  it('folds case, accents, punctuation and inflections (Porter stemmer)', () => {
    expect(normalise('Temples!')).toBe(normalise('temple'));
    expect(normalise('Épaule, DOULEUR')).toBe('epaul douleur');
    expect(normalise('fingers')).toBe('finger');
    expect(normalise('headaches')).toBe(normalise('headache'));
    expect(normalise('tingling')).toBe(normalise('tingle'));
    expect(normalise('injuries')).toBe(normalise('injury'));
  });

  it('applies the synonym table: irregular plurals, lay words and qualifiers', () => {
    expect(normalise('Pins & needles')).toBe(normalise('tingling'));
    expect(normalise('my teeth')).toBe(normalise('my tooth'));
    expect(normalise('feet')).toBe('foot');
    expect(normalise('pinkie')).toBe(normalise('little finger'));
    expect(normalise('outside of the knee')).toBe(normalise('lateral of the knee'));
    expect(normalise('outer knee')).toBe(normalise('lateral knee'));
    expect(normalise('behind the knee')).toBe(normalise('back the knee'));
    expect(normalise('shoulderblades')).toBe(normalise('shoulder blade'));
  });

  it('has one entry per phrase in its synonym table', () => {
    const from = SYNONYMS.map(([a]) => a);
    expect(new Set(from).size).toBe(from.length);
  });
});

describe('words and tokens', () => {
  it('keeps the span of each word in the original text, also when a synonym replaced it', () => {
    const q = 'Pins and needles, left hand';
    const w = words(q);
    const tingling = w.find((x) => x.raw === 'tingling')!;
    expect(q.slice(tingling.start, tingling.end)).toBe('Pins and needles');
    expect(w.some((x) => x.raw === ',')).toBe(true);
  });

  it('drops filler and stop words', () => {
    expect(tokens('pain at the back of my knee')).toEqual(['back', 'knee']);
    expect(tokens('it really hurts when I')).toEqual(['when']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one', () => {
    expect(editDistance('carpel', 'carpal')).toBe(1);
    expect(editDistance('sciatic', 'sciatica')).toBe(1);
    expect(editDistance('kneee', 'knee')).toBe(1);
    expect(editDistance('sholuder', 'shoulder')).toBe(1);
    expect(editDistance('elbow', 'bowel')).toBeGreaterThan(1);
  });

  it('allows no mistakes in short words, one in middle-sized and two in long ones', () => {
    expect(typoAllowance(4)).toBe(0);
    expect(typoAllowance(6)).toBe(1);
    expect(typoAllowance(9)).toBe(2);
  });
});
