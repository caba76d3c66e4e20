/** Page metadata written from the content: titles and descriptions that fit what search engines show. */

export const SITE_NAME = 'Trigger Point Atlas';
/** Longest title search results show in full (html-validate's `long-title` holds it too). */
const TITLE_MAX = 70;
/** Longest meta description search results show in full. */
const DESCRIPTION_MAX = 160;

/** Social preview images (og:image) are 1200×630 PNGs. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The two classic patterns the site image shows, each on a whole-body view. */
export const SITE_IMAGE_PATTERNS = [
  { muscle: 'upper-trapezius', view: 'posterior' },
  { muscle: 'infraspinatus', view: 'anterior' },
] as const;

/** The image of pages without a pattern of their own (home, indexes, guides, finder…). */
export const SITE_IMAGE = {
  path: '/og/atlas.png',
  alt: 'Trigger Point Atlas: body maps of where trigger points refer pain, here the upper trapezius (back of the neck to the temple) and the infraspinatus (front of the shoulder, down the arm).',
} as const;

/** "<title> · Trigger Point Atlas", or the title alone when the site name would push it over 70 characters. */
export function pageTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} · ${SITE_NAME}`;
  return full.length <= TITLE_MAX ? full : title;
}

/**
 * A meta description of at most 160 characters from a longer text: as many whole sentences as
 * fit; when even the first does not, its words up to the limit and an ellipsis. Never cuts a
 * word. A text that fits is returned as it is.
 */
export function metaDescription(text: string, max = DESCRIPTION_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  // A sentence ends at . ! or ? followed by a space and a capital, a digit or an opening
  // quote or bracket ("e.g. jaw" does not end one).
  let out = '';
  for (const m of t.matchAll(/[.!?](?=\s+[A-Z0-9“"(])|[.!?]$/g)) {
    const end = m.index + 1;
    if (end > max) break;
    out = t.slice(0, end);
  }
  if (out) return out;
  // The first sentence alone is too long: up to the last clause break (a comma or semicolon)
  // in its final third, else the last whole word, leaving off a dangling "the", "and"… Then "…".
  const cut = t.slice(0, max);
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '));
  let kept = clause >= (max * 2) / 3 ? cut.slice(0, clause) : cut.slice(0, Math.max(cut.lastIndexOf(' '), 0) || max - 1);
  for (let prev = ''; prev !== kept; ) {
    prev = kept;
    kept = kept.replace(/[\s,;:.(“"–—-]+$/, '').replace(new RegExp(`\\s(?:${DANGLING.join('|')})$`, 'i'), '');
  }
  return `${kept}…`;
}

/** Words a shortened description should not end on. */
const DANGLING = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'into',
  'as',
  'that',
  'which',
  'who',
  'where',
  'when',
  'it',
  'its',
  'is',
  'are',
  'be',
  'such',
  'than',
  'so',
  'very',
  'more',
  'most',
  'often',
  'usually',
  'can',
  'may',
  'will',
];
