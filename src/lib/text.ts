/**
 * Word matching shared by the finder, region pages and search records: one normalisation
 * (case, accents, punctuation, simple plurals, a small synonym table) and phrase matching of
 * typed words against region names, lay synonyms and condition names. Pure; unit-tested.
 */

/** Words that carry no meaning for where-it-hurts matching. */
const STOP = new Set(['a', 'an', 'the', 'my', 'of', 'in', 'on', 'at', 'and', 'or', 'to', 'i', 'have', 'has', 'is', 'it', 'with', 'pain', 'ache', 'aching', 'hurt', 'hurts', 'sore', 'feel', 'feels', 'like']);

/** Everyday phrasings folded onto one canonical form before matching (applied after normalising). */
const SYNONYMS: readonly [string, string][] = [
  ['pins and needles', 'tingling'],
  ['pins needles', 'tingling'],
  ['numbness', 'numb'],
  ['head ache', 'headache'],
  ['teeth', 'tooth'],
  ['feet', 'foot'],
  ['knee cap', 'kneecap'],
  ['shoulderblade', 'shoulder blade'],
  ['tummy', 'belly'],
  ['stomach', 'belly'],
  ['abdomen', 'belly'],
  ['bum', 'buttock'],
  ['butt', 'buttock'],
  ['glute', 'buttock'],
  ['pinkie', 'little finger'],
  ['pinky', 'little finger'],
  ['collar bone', 'collarbone'],
  ['breast bone', 'breastbone'],
  ['tail bone', 'tailbone'],
  ['eyes', 'eye'],
];

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('ches') || word.endsWith('shes')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Lower-case, strip accents and punctuation, fold synonyms and plurals: "Pins & needles!" -> "tingling". */
export function normalise(text: string): string {
  let s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  s = ` ${s} `;
  for (const [from, to] of SYNONYMS) s = s.replaceAll(` ${from} `, ` ${to} `);
  return s
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}

/** Meaningful tokens of a text, normalised. */
export function tokens(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((t) => t && !STOP.has(t));
}

export interface Phrase<T> {
  /** What the phrase points at. */
  target: T;
  /** The original wording, for display. */
  text: string;
  /** Normalised meaningful tokens. */
  tokens: string[];
}

export function phrase<T>(target: T, text: string): Phrase<T> {
  return { target, text, tokens: tokens(text) };
}

export interface Match<T> {
  target: T;
  text: string;
  /** Query tokens the phrase consumed. */
  used: number;
}

/**
 * Finds the phrases a query contains, longest first: "headache behind the eye" -> "behind the
 * eye" (orbit), then "headache". A phrase matches when its tokens appear in the query in order
 * and next to each other, and no longer phrase has claimed those words (phrases of equal
 * length may share them: "between the shoulder blades" names two regions).
 */
export function matchPhrases<T>(query: string, phrases: readonly Phrase<T>[]): Match<T>[] {
  const q = tokens(query);
  const claim = new Array<number>(q.length).fill(0);
  const sorted = phrases.filter((p) => p.tokens.length > 0).sort((a, b) => b.tokens.length - a.tokens.length || a.text.localeCompare(b.text));
  const out: Match<T>[] = [];
  const seen = new Set<T>();
  for (const p of sorted) {
    const n = p.tokens.length;
    for (let i = 0; i + n <= q.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = q[i + k] === p.tokens[k] && claim[i + k]! <= n;
      if (!ok) continue;
      for (let k = 0; k < n; k++) claim[i + k] = n;
      if (!seen.has(p.target)) {
        seen.add(p.target);
        out.push({ target: p.target, text: p.text, used: n });
      }
      break;
    }
  }
  return out;
}

/** Query tokens no phrase claimed: used for looser matching (a word inside a longer name). */
export function unclaimedTokens<T>(query: string, matches: readonly Match<T>[], phrases: readonly Phrase<T>[]): string[] {
  const claimed = new Set(matches.flatMap((m) => phrases.filter((p) => p.target === m.target && p.text === m.text).flatMap((p) => p.tokens)));
  return tokens(query).filter((t) => !claimed.has(t));
}
