/**
 * Words, once for the whole site: the finder, region pages, study mode and the search records
 * all read text through here. One normalisation (case, accents, punctuation), one synonym table
 * (everyday phrasings folded onto the words the content uses, and the qualifiers of spatial
 * phrases folded onto one word each), one stemmer (Porter, the maintained `stemmer` package)
 * and one list of words that carry no meaning. Pure; unit-tested.
 */
import { stemmer } from 'stemmer';
import { fold } from './fold';

export { editDistance, fold, typoAllowance } from './fold';

/**
 * The synonym table: [what people write, what it is folded onto], matched on whole words after
 * case and accents are folded and before stemming. Longer phrases are applied first.
 * - Everyday phrasings of symptoms and places: the search records add the everyday phrase next
 *   to the word the content uses (so Pagefind finds either), and the finder folds the phrase.
 * - Irregular plurals the stemmer does not know.
 * - Qualifiers of spatial phrases: outer/outside/lateral are one word, and so on, so "outside of
 *   the knee", "outer knee" and "lateral knee" are the same place.
 */
export const SYNONYMS: readonly (readonly [string, string])[] = [
  // everyday symptom words
  ['pins and needles', 'tingling'],
  ['pins needles', 'tingling'],
  ['prickling', 'tingling'],
  ['paraesthesia', 'tingling'],
  ['paresthesia', 'tingling'],
  ['dead feeling', 'numbness'],
  ['no feeling', 'numbness'],
  ['numb', 'numbness'],
  ['dizzy', 'dizziness'],
  ['giddy', 'dizziness'],
  ['lightheaded', 'dizziness'],
  ['light headed', 'dizziness'],
  ['vertigo', 'dizziness'],
  ['off balance', 'dizziness'],
  ['tinnitus', 'ringing'],
  ['sciatic', 'sciatica'],
  ['buzzing', 'ringing'],
  ['head ache', 'headache'],
  ['headaches', 'headache'],
  ['backache', 'back'],
  ['giving out', 'giving way'],
  ['gives way', 'giving way'],
  ['gave way', 'giving way'],
  ['buckling', 'giving way'],
  ['charley horse', 'cramp'],
  ['spasm', 'cramp'],
  ['spasms', 'cramp'],
  ['locked', 'stiffness'],
  ['stiff', 'stiffness'],
  ['weak', 'weakness'],
  ['pounding', 'throbbing'],
  ['pulsing', 'throbbing'],
  ['popping', 'clicking'],
  ['keyboard', 'typing'],
  ['stairs', 'stair'],
  ['upstairs', 'stair'],
  ['steps', 'stair'],
  ['yawning', 'opening the mouth wide'],
  ['yawn', 'opening the mouth wide'],
  ['hill', 'uphill'],
  ['hills', 'uphill'],
  ['incline', 'uphill'],
  // irregular plurals and spellings
  ['teeth', 'tooth'],
  ['feet', 'foot'],
  ['calves', 'calf'],
  ['knee cap', 'kneecap'],
  ['knee caps', 'kneecap'],
  ['shoulderblade', 'shoulder blade'],
  ['shoulderblades', 'shoulder blade'],
  ['collar bone', 'collarbone'],
  ['breast bone', 'breastbone'],
  ['tail bone', 'tailbone'],
  ['rib cage', 'ribcage'],
  // lay names of places
  ['tummy', 'belly'],
  ['stomach', 'belly'],
  ['abdomen', 'belly'],
  ['abdominal', 'belly'],
  ['bum', 'buttock'],
  ['butt', 'buttock'],
  ['glute', 'buttock'],
  ['glutes', 'buttock'],
  ['backside', 'buttock'],
  ['pinkie', 'little finger'],
  ['pinky', 'little finger'],
  ['eyes', 'eye'],
  ['eyeball', 'eye'],
  ['lumbar', 'low back'],
  ['lumbago', 'low back'],
  ['scapula', 'shoulder blade'],
  ['scapulae', 'shoulder blade'],
  ['scapular', 'shoulder blade'],
  ['elbow crease', 'crook elbow'],
  ['inner elbow crease', 'crook elbow'],
  ['hamstrings', 'hamstring'],
  // qualifiers of spatial phrases (one word each)
  ['on the outside of', 'lateral'],
  ['on the inside of', 'medial'],
  ['outer', 'lateral'],
  ['outside', 'lateral'],
  ['inner', 'medial'],
  ['inside', 'medial'],
  ['anterior', 'front'],
  ['in front of', 'front'],
  ['behind', 'back'],
  ['posterior', 'back'],
  ['rear', 'back'],
  ['dorsal', 'back'],
  ['dorsum', 'back'],
  ['upper', 'top'],
  ['superior', 'top'],
  ['above', 'top'],
  ['over', 'top'],
  ['below', 'under'],
  ['beneath', 'under'],
  ['underneath', 'under'],
  ['bottom', 'under'],
  ['underside', 'under'],
  ['lower', 'low'],
  ['middle', 'mid'],
  ['centre', 'mid'],
  ['center', 'mid'],
  ['central', 'mid'],
  ['pad', 'tip'],
  ['pulp', 'tip'],
  ['points', 'point'],
];

/** Words that carry no meaning for finding where it hurts or why: never a place, a symptom or "not understood". */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the my me i im ive id mine myself your you we our it its itll this that these those there here of in on at is are was were be been being am ' +
    'have has had having get gets got getting do does did doing done can could would should will shall may might must also just only very really quite ' +
    'bit lot lots some any all much many more most so too not no yes as for about around by near across along off out than like feel feels felt feeling ' +
    'pain pains painful ache aches aching achy hurt hurts hurting sore soreness discomfort sort kind thing things always often sometimes usually ' +
    'constant constantly mostly especially sudden suddenly started start starts recently today yesterday week weeks month months year years day days ' +
    'night time times ago since now still keep keeps keeping go goes going went come comes came make makes made take takes took bad worse worst ' +
    'better terrible awful severe mild which who what where how why whose whom one ones area part place spot region muscle muscles ' +
    'someone something thats whats dont cant wont doesnt didnt isnt oh um uh please help think doctor gp said says told tell'
  ).split(' '),
);

/**
 * Words that separate the places of a sentence ("lateral elbow and dorsal forearm", "from the hip
 * down to the knee", "when I climb stairs"): a spatial phrase never spans one, unless the phrase
 * itself contains it ("between thumb and index finger").
 */
const SEPARATORS: ReadonlySet<string> = new Set(
  'and or but to into down up through radiating radiates radiate spreading spreads spread travelling travels shooting shoots going then plus also after before when while whenever if because from with without during'.split(
    ' ',
  ),
);

/** Side words: the patient's left or right. */
export const SIDE_WORDS: ReadonlyMap<string, 'l' | 'r' | 'both'> = new Map([
  ['left', 'l'],
  ['right', 'r'],
  ['both', 'both'],
  ['bilateral', 'both'],
]);

const stems = new Map<string, string>();
export const stem = (word: string): string => {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) && word.length > 2 ? stemmer(word) : word;
    stems.set(word, s);
  }
  return s;
};

/** Synonyms by their first word, longest first. */
const SYN_BY_FIRST = new Map<string, (readonly [string[], string[]])[]>();
for (const [a, b] of [...SYNONYMS].sort((x, y) => y[0].split(' ').length - x[0].split(' ').length)) {
  const from = a.split(' ');
  SYN_BY_FIRST.set(from[0]!, [...(SYN_BY_FIRST.get(from[0]!) ?? []), [from, b.split(' ')]]);
}

export interface Word {
  /** The folded word as the user wrote it (or the synonym it was folded onto). */
  raw: string;
  /** Its stem. */
  stem: string;
  /** Character span in the original text, for display and for removing it. */
  start: number;
  end: number;
}

/** The words of a text with their spans, synonyms folded and stemmed; punctuation that separates becomes ",". */
export function words(text: string): Word[] {
  const out: { raw: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’&-]+|[,;.:!?()/]/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^[,;.:!?()/]$/.test(m[0])) {
      out.push({ raw: ',', start, end });
      continue;
    }
    for (const part of fold(m[0]).split(' ').filter(Boolean)) out.push({ raw: part, start, end });
  }
  // Fold synonyms, longest first, on whole words.
  const folded: { raw: string; start: number; end: number }[] = [];
  for (let i = 0; i < out.length; ) {
    const hit = SYN_BY_FIRST.get(out[i]!.raw)?.find(([from]) => from.every((w, k) => out[i + k]?.raw === w));
    if (hit) {
      const [from, to] = hit;
      const start = out[i]!.start;
      const end = out[i + from.length - 1]!.end;
      for (const w of to) folded.push({ raw: w, start, end });
      i += from.length;
    } else {
      folded.push(out[i]!);
      i++;
    }
  }
  return folded.map((w) => ({ ...w, stem: w.raw === ',' ? ',' : stem(w.raw) }));
}

const STOP_STEMS = new Set([...STOP_WORDS].map(stem));
const SEPARATOR_STEMS = new Set([...SEPARATORS].map(stem));
export const isStop = (s: string): boolean => STOP_WORDS.has(s) || STOP_STEMS.has(s);
export const isSeparator = (s: string): boolean => s === ',' || SEPARATORS.has(s) || SEPARATOR_STEMS.has(s);

/** The meaningful stems of a text (stop words and separators dropped, except "and" inside a name). */
export function tokens(text: string): string[] {
  return words(text)
    .map((w) => w.stem)
    .filter((s) => !isStop(s) && s !== ',');
}

/** Folded, synonym-folded, stemmed text, for comparing names: "Temples!" and "temple" read the same. */
export function normalise(text: string): string {
  return words(text)
    .filter((w) => w.raw !== ',')
    .map((w) => w.stem)
    .join(' ');
}
