import { describe, expect, it } from 'vitest';
import { matchPhrases, normalise, phrase, tokens } from '../../src/lib/text';

describe('normalise', () => {
  it('folds case, accents, punctuation and plurals', () => {
    expect(normalise('Temples!')).toBe('temple');
    expect(normalise('Épaule, DOULEUR')).toBe('epaule douleur');
    expect(normalise("The knee's back")).toBe('the knee back');
    expect(normalise('fingers')).toBe('finger');
    expect(normalise('injuries')).toBe('injury');
  });

  it('applies the synonym table', () => {
    expect(normalise('Pins & needles')).toBe('tingling');
    expect(normalise('pins and needles in the fingers')).toBe('tingling in the finger');
    expect(normalise('my teeth')).toBe('my tooth');
    expect(normalise('pinkie')).toBe('little finger');
  });

  it('drops words that do not locate pain', () => {
    expect(tokens('pain at the back of my knee')).toEqual(['back', 'knee']);
  });
});

describe('matchPhrases', () => {
  const phrases = [
    phrase('orbit', 'behind the eye'),
    phrase('orbit', 'eye'),
    phrase('popliteal-fossa', 'back of the knee'),
    phrase('medial-scapular-border', 'between the shoulder blades'),
    phrase('interscapular', 'between the shoulder blades'),
    phrase('lateral-epicondyle', 'tennis elbow'),
    phrase('temple', 'temple'),
    phrase('low-back', 'back'),
  ];

  it('matches lay phrases anywhere in a sentence', () => {
    expect(matchPhrases('headache behind the eye', phrases).map((m) => m.target)).toEqual(['orbit']);
    expect(matchPhrases('Back of the knee', phrases).map((m) => m.target)).toEqual(['popliteal-fossa']);
    expect(matchPhrases('TENNIS ELBOW', phrases).map((m) => m.target)).toEqual(['lateral-epicondyle']);
    expect(matchPhrases('temples', phrases).map((m) => m.target)).toEqual(['temple']);
  });

  it('lets the longest phrase claim its words', () => {
    // "back" alone would mean the low back; inside "back of the knee" it does not.
    expect(matchPhrases('back of the knee', phrases).map((m) => m.target)).not.toContain('low-back');
  });

  it('returns every target of an equally long phrase', () => {
    expect(matchPhrases('between the shoulder blades', phrases).map((m) => m.target).sort()).toEqual(['interscapular', 'medial-scapular-border']);
  });

  it('matches several places in one query', () => {
    expect(matchPhrases('temple and behind the eye', phrases).map((m) => m.target).sort()).toEqual(['orbit', 'temple']);
  });
});
