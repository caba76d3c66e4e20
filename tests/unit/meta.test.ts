import { describe, expect, it } from 'vitest';
import { metaDescription, pageTitle } from '../../src/lib/meta';

describe('metaDescription', () => {
  it('keeps a text of 160 characters or fewer as it is', () => {
    const t = 'Refers pain up the side of the neck to the temple.';
    expect(metaDescription(t)).toBe(t);
  });

  it('keeps the whole sentences that fit', () => {
    const first = 'The main source of tension headache felt at the temple and behind the eye, and of a stiff neck that will not turn.'; // 115
    const second =
      'Often tight from long hours at a desk, carrying a heavy bag on one shoulder, or holding a phone between the ear and the shoulder.';
    expect(metaDescription(`${first} ${second}`)).toBe(first);
  });

  it('does not end a sentence at an abbreviation', () => {
    const t = `Pain in the jaw, e.g. clicking or aching when chewing, ${'and more words about it '.repeat(6)}end.`;
    const d = metaDescription(t);
    expect(d.endsWith('…')).toBe(true);
    expect(d).toContain('e.g. clicking');
  });

  it('cuts a single long sentence at a word boundary and ends it with an ellipsis', () => {
    const t = `${'Pain spreads from the shoulder blade down the arm, '.repeat(4)}to the little finger.`;
    const d = metaDescription(t);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d.endsWith('…')).toBe(true);
    const kept = d.slice(0, -1);
    // The kept text is a run of whole words of the original, without a dangling comma.
    expect(t.startsWith(kept)).toBe(true);
    expect(t[kept.length]).toMatch(/[ ,]/);
    expect(kept).not.toMatch(/[ ,]$/);
  });
  it('does not end a shortened description on a word that leads on ("the", "and", "will")', () => {
    // 171 characters, one sentence; cut at a word boundary, "the" and "of" would be left dangling.
    const t =
      'The strap-like muscle running from the upper neck to the top corner of the shoulder blade; its trigger points are a leading cause of the stiff neck that will not turn.';
    const d = metaDescription(t);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d).toBe(
      'The strap-like muscle running from the upper neck to the top corner of the shoulder blade; its trigger points are a leading cause of the stiff neck…',
    );
  });
});

describe('pageTitle', () => {
  it('adds the site name when it fits in 70 characters', () => {
    expect(pageTitle('Upper trapezius')).toBe('Upper trapezius · Trigger Point Atlas');
  });
  it('leaves the site name off a long title rather than exceed 70 characters', () => {
    const long = 'Pelvic floor: levator ani, coccygeus and obturator internus';
    expect(pageTitle(long)).toBe(long);
  });
  it('does not repeat the site name on the home page', () => {
    expect(pageTitle('Trigger Point Atlas')).toBe('Trigger Point Atlas');
  });
});
