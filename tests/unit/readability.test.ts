import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainGrades } from '../../src/lib/plain-grades';
import { bodySection, countText, MAX_PLAIN_GRADE, plainText, readingGrade } from '../../src/lib/readability';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('reading grade (Flesch–Kincaid)', () => {
  it('counts sentences, words and syllables as counted by hand', () => {
    // 2 sentences; 9 words; syllables 1+1+1+1+1+1 + 1+1+2 ("hap-py") = 10.
    expect(countText('The cat sat on the mat. It was happy.')).toEqual({ sentence: 2, word: 9, syllable: 10 });
    // Grade = 0.39 × 9/2 + 11.8 × 10/9 − 15.59 = −0.72 (Kincaid et al. 1975).
    expect(readingGrade('The cat sat on the mat. It was happy.')).toBe(-0.7);
  });

  it('scores long words and long sentences higher', () => {
    const easy = 'Rest the jaw. Eat soft food. Use warmth.';
    const hard =
      'Myofascial trigger points perpetuate nociceptive sensitisation, particularly following musculoskeletal overload, necessitating comprehensive multidisciplinary evaluation.';
    expect(readingGrade(easy)).toBeLessThan(4);
    expect(readingGrade(hard)).toBeGreaterThan(16);
  });

  it('reads Markdown as running text: links keep their words, list items end sentences', () => {
    expect(plainText('See [the guide](/guides/x/) **now**\n\n- one item\n- another.')).toBe('See the guide now one item. another.');
  });

  it('finds a section of an MDX body by its heading', () => {
    const body = '## In plain words\n\nShort words.\n\n## Clinical detail\n\nLong words.';
    expect(bodySection(body, 'In plain words')).toBe('Short words.');
    expect(bodySection(body, 'Clinical detail')).toBe('Long words.');
    expect(bodySection(body, 'Treatment')).toBeUndefined();
  });
});

describe('the site content reads plainly', () => {
  it.each([
    ['conditions', 40],
    ['muscles', 106],
    ['other-sources', 18],
  ] as const)(
    `every %s page's "In plain words" is at grade ${MAX_PLAIN_GRADE} or below`,
    (collection, atLeast) => {
      const grades = plainGrades(root, collection);
      expect(grades.length).toBeGreaterThanOrEqual(atLeast);
      expect(
        grades.filter((g) => g.grade > MAX_PLAIN_GRADE).map((g) => `${g.file}: grade ${g.grade}. Fix: shorter sentences and shorter words.`),
      ).toEqual([]);
    },
    30_000,
  );
});
