/**
 * Query understanding for the finder, in one place: what the user typed becomes places (atlas
 * regions, with a side when they said left or right), conditions, symptoms and aggravators, and
 * the words that were not understood; together with the regions picked on the map this gives a
 * ranking whose every line says why. Pure; runs in the browser and in the unit tests.
 *
 * How words are read (src/lib/text.ts does the folding, the synonym table and the stemming):
 * 1. Words not in the vocabulary (every word of the region names, condition names and synonyms,
 *    and the muscles' symptoms and perpetuating factors) are split when they are two words run
 *    together ("shoulderblades", "backache") or read as the nearest vocabulary word when they
 *    are one or two typing mistakes away ("carpel" -> "carpal", "sciatic" -> "sciatica").
 * 2. Places and conditions are phrases: the longest phrase claims its words first. A phrase
 *    matches its words in order, or in any order inside one part of the sentence (parts are cut
 *    at "and", "to", "when", commas...). A qualifier ("outer", "back", "tip") next to a body part
 *    no region names more precisely belongs to that part; "back" alone, or with low/upper/mid,
 *    is the back itself, but next to another body part ("back of the hand") it is a qualifier.
 * 3. Left and right apply to the places in the same part of the sentence, or to every place
 *    when the sentence names only one side.
 * 4. Remaining words found in the muscles' symptoms or perpetuating factors (and no more than
 *    common there, see EVIDENCE_MAX_SHARE) are symptoms or aggravators. Anything else is "not
 *    understood" and never changes the ranking.
 */
import { type Considered, rankConsidered } from './consider';
import type { FinderData } from './finder-data';
import { byName, rankPlaces, type Kind } from './rank';

/** The map's hover line ranks one region; it loads with this module. */
export { rankMuscles } from './rank';
import { editDistance, isSeparator, isStop, SIDE_WORDS, stem, typoAllowance, words, type Word } from './text';

export type Side = 'l' | 'r' | 'both';

/** Words that qualify a body part rather than name one. */
const QUALIFIERS = new Set(
  [
    'lateral',
    'medial',
    'front',
    'back',
    'top',
    'under',
    'low',
    'mid',
    'side',
    'tip',
    'base',
    'crook',
    'point',
    'edge',
    'border',
    'corner',
    'deep',
    'between',
    'near',
    'just',
    'half',
  ].map(stem),
);
/** Qualifiers that may be dropped from a region's phrase to give a broader phrase for the same region ("back of the upper arm" -> "back of the arm"). */
/** Words that open a part of the sentence saying what brings the pain on. */
const ACTIVITY_OPENERS = new Set(['when', 'whenever', 'while', 'after', 'during', 'if', 'before', 'from']);
const ACTIVITY_GOES_ON = new Set(['and', 'or', 'up', 'down', 'into', 'with']);
/** Words of condition names that say what kind of thing it is, not which. */
const CONDITION_GENERIC = new Set(['like', 'symptoms', 'syndrome', 'disorder', 'referred', 'from', 'muscles', 'contribution'].map(stem));
const DROPPABLE = new Set(['top', 'low', 'mid', 'half'].map(stem));

/**
 * Evidence weights (documented in README.md, "Finder and search"):
 * - a distinctive symptom word in a muscle's symptoms adds up to W_SYMPTOM, a word in its
 *   perpetuating factors (what brings it on or makes it worse) up to W_AGGRAVATOR, each times
 *   the word's rarity (idf, 1 for a word one muscle uses, falling towards 0 for a word many use);
 * - a muscle listed as commonly involved in a condition the user named adds W_CONDITION
 *   (W_CONDITION_ONLY when no place was given, and the condition's pain area stands in for one).
 * A place match is worth up to 1.0 (an essential zone on the only region named), so these reorder
 * muscles that refer pain to the place rather than outrank the place: one essential hit (1.0)
 * stays above a spillover hit (0.4) plus a rare symptom (0.3) plus an aggravator (0.2).
 */
export const W_SYMPTOM = 0.3;
export const W_AGGRAVATOR = 0.2;
export const W_CONDITION = 0.3;
/** When a condition is all that was named, its pain area is only a rough place, so its list of muscles weighs more. */
export const W_CONDITION_ONLY = 0.5;
/** A word used by more than this share of the muscles' symptom and factor lines says too little to count. */
export const EVIDENCE_MAX_SHARE = 0.4;

interface PlacePhrase {
  region: string;
  stems: string[];
  /** Derived by dropping a qualifier from a written phrase: used only when nothing written matches. */
  derived: boolean;
}
interface ConditionPhrase {
  condition: string;
  stems: string[];
}
/** A place or condition phrase as matched, longest first. */
interface Cand {
  kind: 'place' | 'condition';
  target: string;
  stems: string[];
  derived: boolean;
}

export interface WordIndex {
  places: PlacePhrase[];
  conditionPhrases: ConditionPhrase[];
  /** Place and condition phrases together, longest first, written before derived. */
  phrases: Cand[];
  /** Distinctive words of condition names and lay synonyms: a word alone points at the condition. */
  conditionWords: Map<string, string[]>;
  /** Body-part words of region labels: a part named alone stands for the regions labelled with it. */
  partWords: Map<string, string[]>;
  /** Each drawn region's label as stems: a body part named in words stands for every region labelled with it. */
  labelStems: Map<string, string[]>;
  /** Every word the finder knows, folded, with its stem (for typo correction and suggestions). */
  vocabulary: Map<string, string>;
  stems: Set<string>;
  /** Per muscle: symptom stems and perpetuating-factor stems. */
  symptomStems: Map<string, Set<string>>;
  factorStems: Map<string, Set<string>>;
  /** Symptom words only conditions' synonyms use ("throbbing"): stem -> those conditions. */
  conditionSymptoms: Map<string, string[]>;
  /** Evidence words: stem -> rarity (idf, 0..1) and whether symptoms or factors use it more. */
  evidence: Map<string, { idf: number; kind: 'symptom' | 'aggravator'; word: string }>;
}

export interface FinderIndex {
  data: FinderData;
  regionById: Map<string, FinderData['regions'][number]>;
  conditionById: Map<string, FinderData['conditions'][number]>;
  /** The word data, built on first use: picking on the map never pays for it. */
  readonly words: WordIndex;
}

const stemsOf = (text: string) =>
  words(text)
    .map((w) => w.stem)
    .filter((s) => s !== ',' && !isStop(s));

function addVocabulary(vocab: Map<string, string>, text: string) {
  for (const w of words(text)) if (w.raw !== ',' && !isStop(w.stem) && /^[a-z]{3,}$/.test(w.raw)) vocab.set(w.raw, w.stem);
}

function wordIndex(data: FinderData): WordIndex {
  const vocabulary = new Map<string, string>();
  const places: PlacePhrase[] = [];
  const partWords = new Map<string, string[]>();
  for (const r of data.regions) {
    const label = r.label.replace(/\(([^)]*)\)/g, ' ').trim();
    const texts = new Set([
      label,
      label.split(',')[0]!,
      r.id.replace(/-/g, ' '),
      ...[...r.label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!),
      ...r.synonyms,
    ]);
    const written = new Map<string, string[]>();
    for (const text of texts) {
      addVocabulary(vocabulary, text);
      const stems = stemsOf(text);
      if (stems.length) written.set(stems.join(' '), stems);
    }
    for (const stems of written.values()) places.push({ region: r.id, stems, derived: false });
    for (const stems of written.values()) {
      const broader = stems.filter((s) => !DROPPABLE.has(s));
      if (broader.length >= 2 && broader.length < stems.length && !written.has(broader.join(' '))) {
        written.set(broader.join(' '), broader);
        places.push({ region: r.id, stems: broader, derived: true });
      }
    }
    // The body part a label names is its last word that is not a qualifier ("Medial knee",
    // "Back of the hand"), unless two more words make it something smaller ("First metatarsal head").
    const main = stemsOf(label.split(',')[0]!).filter((s) => !QUALIFIERS.has(s) && !isSeparator(s) && !/\d/.test(s));
    const partWord = main.at(-1);
    if (partWord && main.length <= 2 && !r.members) partWords.set(partWord, [...(partWords.get(partWord) ?? []), r.id]);
  }
  const placeStems = new Set(places.flatMap((p) => p.stems));
  const labelStems = new Map(data.regions.filter((r) => !r.members).map((r) => [r.id, stemsOf(r.label.replace(/\(([^)]*)\)/g, ' '))]));

  const conditionPhrases: ConditionPhrase[] = [];
  const wordConditions = new Map<string, Set<string>>();
  for (const c of data.conditions) {
    const name = c.name.replace(/\(([^)]*)\)/g, ' ');
    const texts = new Set([
      name,
      ...[...c.name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!),
      ...c.synonyms.map((s) => s.replace(/\(([^)]*)\)/g, ' ')),
    ]);
    for (const text of texts) {
      addVocabulary(vocabulary, text);
      const stems = stemsOf(text);
      if (stems.length) conditionPhrases.push({ condition: c.id, stems });
    }
    // "Carpal tunnel-like symptoms" is also "carpal tunnel".
    const core = stemsOf(name).filter((s) => !CONDITION_GENERIC.has(s));
    if (core.length && core.length < stemsOf(name).length) conditionPhrases.push({ condition: c.id, stems: core });
    // Words of the name, and one-word synonyms ("coccydynia"), name the condition on their own.
    for (const text of [name, ...c.synonyms.filter((x) => stemsOf(x).length === 1)]) {
      for (const s of stemsOf(text))
        if (!placeStems.has(s) && !QUALIFIERS.has(s) && !isSeparator(s) && s.length > 3)
          wordConditions.set(s, (wordConditions.get(s) ?? new Set()).add(c.id));
    }
  }
  // Any other word of a condition's synonyms that names no place ("throbbing" in "throbbing
  // headache on one side") is a symptom of that condition.
  const symptomOfConditions = new Map<string, Set<string>>();
  for (const c of data.conditions) {
    for (const text of c.synonyms) {
      for (const s of stemsOf(text)) {
        if (placeStems.has(s) || QUALIFIERS.has(s) || isSeparator(s) || CONDITION_GENERIC.has(s) || s.length < 4 || !/^[a-z]+$/.test(s)) continue;
        symptomOfConditions.set(s, (symptomOfConditions.get(s) ?? new Set()).add(c.id));
      }
    }
  }
  // A word shared by many conditions ("syndrome", "pain" words) names none of them.
  const conditionWords = new Map([...wordConditions].filter(([, ids]) => ids.size <= 4).map(([w, ids]) => [w, [...ids]]));

  const symptomStems = new Map<string, Set<string>>();
  const factorStems = new Map<string, Set<string>>();
  const df = new Map<string, { s: number; f: number; any: number; word: string }>();
  for (const m of data.muscles) {
    const ws = m.symptoms.flatMap((l) => words(l));
    const wf = m.factors.flatMap((l) => words(l));
    const s = new Set(ws.map((w) => w.stem));
    const f = new Set(wf.map((w) => w.stem));
    symptomStems.set(m.id, s);
    factorStems.set(m.id, f);
    for (const w of [...ws, ...wf]) {
      if (w.raw === ',' || isStop(w.stem) || isSeparator(w.stem) || !/^[a-z]{3,}$/.test(w.raw)) continue;
      vocabulary.set(w.raw, w.stem);
      if (!df.has(w.stem)) df.set(w.stem, { s: 0, f: 0, any: 0, word: w.raw });
    }
    for (const st of new Set([...s, ...f])) {
      const d = df.get(st);
      if (!d) continue;
      d.any++;
      if (s.has(st)) d.s++;
      if (f.has(st)) d.f++;
    }
  }
  const N = data.muscles.length;
  const evidence = new Map<string, { idf: number; kind: 'symptom' | 'aggravator'; word: string }>();
  const conditionSymptoms = new Map([...symptomOfConditions].filter(([st, ids]) => ids.size <= 3 && !df.has(st)).map(([st, ids]) => [st, [...ids]]));
  for (const [st, ids] of conditionSymptoms) evidence.set(st, { idf: 1 / ids.length, kind: 'symptom', word: st });
  for (const [st, d] of df) {
    if (d.any > EVIDENCE_MAX_SHARE * N || SIDE_WORDS.has(st)) continue;
    evidence.set(st, { idf: Math.log(1 + N / d.any) / Math.log(1 + N), kind: d.s >= d.f ? 'symptom' : 'aggravator', word: d.word });
  }
  const phrases: Cand[] = [
    ...places.map((p) => ({ kind: 'place' as const, target: p.region, stems: p.stems, derived: p.derived })),
    ...conditionPhrases.map((c) => ({ kind: 'condition' as const, target: c.condition, stems: c.stems, derived: false })),
  ].sort((a, b) => b.stems.length - a.stems.length || Number(a.derived) - Number(b.derived));
  return {
    places,
    conditionPhrases,
    phrases,
    conditionWords,
    partWords,
    labelStems,
    vocabulary,
    stems: new Set(vocabulary.values()),
    symptomStems,
    factorStems,
    evidence,
    conditionSymptoms,
  };
}

export function buildIndex(data: FinderData): FinderIndex {
  let words: WordIndex | undefined;
  return {
    data,
    regionById: new Map(data.regions.map((r) => [r.id, r])),
    conditionById: new Map(data.conditions.map((c) => [c.id, c])),
    get words() {
      return (words ??= wordIndex(data));
    },
  };
}

// ------------------------------------------------------------------ reading a query

export interface Understood {
  kind: 'place' | 'condition' | 'symptom' | 'aggravator';
  /** The words as typed. */
  text: string;
  /** Character span in the query (removing the chip removes it). */
  start: number;
  end: number;
  /** Places: the region ids named (groups as written) and the side, when one was said. */
  regions?: string[];
  side?: Side;
  condition?: string;
  /** Symptoms and aggravators: the stems that count as evidence. */
  stems?: string[];
  /** Words read as another word: "carpel" as "carpal". */
  corrected?: { from: string; to: string }[];
}

export interface Reading {
  understood: Understood[];
  /** Words that were not understood, as typed. */
  notUnderstood: string[];
  /** The side words found ("left", "right"). */
  sides: Side[];
}

interface Tok extends Word {
  /** 'sep' separates parts of a sentence; 'stop' means nothing; 'side' is a side word; 'word' carries meaning. */
  role: 'sep' | 'stop' | 'side' | 'word';
  part: number;
  claimed?: Understood;
  corrected?: string;
  /** The original typed word, when it was corrected or split. */
  typed?: string;
}

/** Reads a word the vocabulary lacks: two known words run together, or a known word mistyped. */
function repair(index: FinderIndex, w: Word): Word[] | null {
  const raw = w.raw;
  if (!/^[a-z]+$/.test(raw) || index.words.stems.has(w.stem)) return null;
  for (let k = 3; k <= raw.length - 3; k++) {
    const a = raw.slice(0, k);
    const b = raw.slice(k);
    const known = (x: string) => index.words.stems.has(stem(x)) || index.words.vocabulary.has(x);
    if (known(a) && (known(b) || isStop(stem(b)))) {
      return [
        { ...w, raw: a, stem: index.words.vocabulary.get(a) ?? stem(a) },
        { ...w, raw: b, stem: index.words.vocabulary.get(b) ?? stem(b) },
      ];
    }
  }
  const max = typoAllowance(raw.length);
  if (!max) return null;
  let best: string | undefined;
  let bestD = max + 1;
  for (const v of index.words.vocabulary.keys()) {
    if (v[0] !== raw[0] || Math.abs(v.length - raw.length) > max) continue;
    const d = editDistance(raw, v, max);
    if (d < bestD || (d === bestD && best !== undefined && v.length > best.length)) {
      best = v;
      bestD = d;
    }
  }
  return best ? [{ ...w, raw: best, stem: index.words.vocabulary.get(best)! }] : null;
}

export function readQuery(index: FinderIndex, q: string): Reading {
  const toks: Tok[] = [];
  let part = 0;
  /** Parts of the sentence that say what makes it worse ("when I raise my arm"): their body words are part of the activity, not places. */
  const activity = new Set<number>();
  for (const w of words(q)) {
    if (isSeparator(w.stem) || w.raw === ',') {
      toks.push({ ...w, role: 'sep', part: ++part });
      // "when I stand up and walk": an activity goes on across "up", "and", "or".
      if (ACTIVITY_OPENERS.has(w.raw) || (activity.has(part - 1) && ACTIVITY_GOES_ON.has(w.raw))) activity.add(part);
      continue;
    }
    if (SIDE_WORDS.has(w.raw)) {
      toks.push({ ...w, role: 'side', part });
      continue;
    }
    if (isStop(w.stem)) {
      toks.push({ ...w, role: 'stop', part });
      continue;
    }
    const fixed = repair(index, w);
    if (fixed) {
      for (const f of fixed)
        toks.push({ ...f, role: isStop(f.stem) ? 'stop' : 'word', part, typed: w.raw, ...(fixed.length === 1 ? { corrected: f.raw } : {}) });
    } else toks.push({ ...w, role: 'word', part });
  }
  const understood: Understood[] = [];
  const span = (ts: Tok[]) => ({ start: Math.min(...ts.map((t) => t.start)), end: Math.max(...ts.map((t) => t.end)) });
  const typedText = (ts: Tok[]) => {
    const { start, end } = span(ts);
    return q.slice(start, end);
  };
  /** Symptom words inside a condition's name ("numb hand at night") count as symptoms too. */
  const evidenceIn = (ts: Tok[]) => {
    const st = ts.map((t) => t.stem).filter((x) => index.words.evidence.get(x)?.kind === 'symptom');
    return st.length ? { stems: st } : {};
  };
  const corrections = (ts: Tok[]) => {
    const c = ts.filter((t) => t.corrected).map((t) => ({ from: t.typed!, to: t.corrected! }));
    return c.length ? { corrected: c } : {};
  };
  // The sequence phrases are matched against: meaningful words and separators (a name may hold "and").
  const seq = toks.filter((t) => t.role === 'word' || (t.role === 'sep' && t.raw !== ','));

  // Only phrases whose every word is in the query can match.
  const present = new Set(seq.map((t) => t.stem));
  const cands = index.words.phrases.filter((c) => c.stems.every((x) => present.has(x)));

  const free = (t: Tok | undefined) => !!t && t.role === 'word' && !t.claimed;
  const freePlace = (t: Tok | undefined) => free(t) && !activity.has(t!.part);
  /** A part of the sentence holds a body part word other than `except`. */
  const partHasOtherPart = (p: number, except: Tok) =>
    toks.some(
      (t) =>
        t !== except &&
        t.part === p &&
        t.role === 'word' &&
        !QUALIFIERS.has(t.stem) &&
        (index.words.partWords.has(t.stem) || index.words.places.some((x) => x.stems.length === 1 && x.stems[0] === t.stem)),
    );

  // A body part named in words ("shoulder blade", "big toe", "upper arm") is every region whose
  // label holds it, when that is a handful: the atlas names one region by it, the user means the part.
  const labelledWith = (c: Cand): string[] => {
    if (c.kind !== 'place' || c.derived || (c.stems.length === 1 && QUALIFIERS.has(c.stems[0]!))) return [];
    const n = c.stems.length;
    const ids = [...index.words.labelStems].filter(([, ls]) => ls.some((_, i) => c.stems.every((x, k) => ls[i + k] === x))).map(([id]) => id);
    return ids.length <= 12 ? ids.filter((id) => id !== c.target && n > 0) : [];
  };
  // Matches of equal length on the same words share them ("between the shoulder blades" names two regions).
  const claim = (ts: Tok[], c: Cand) => {
    const prev = ts[0]!.claimed;
    if (prev && ts.every((t) => t.claimed === prev)) {
      // The same words name another region (one place, several regions) or a condition as well.
      const twins = understood.filter((u) => u.start === prev.start && u.end === prev.end && u.kind === c.kind);
      if (c.kind === 'place' && twins.length) {
        for (const id of [c.target, ...labelledWith(c)]) if (!twins[0]!.regions!.includes(id)) twins[0]!.regions!.push(id);
      } else if (!twins.some((u) => u.condition === c.target)) {
        understood.push({
          kind: c.kind,
          text: prev.text,
          start: prev.start,
          end: prev.end,
          ...corrections(ts),
          ...(c.kind === 'place' ? { regions: [c.target] } : { condition: c.target, ...evidenceIn(ts) }),
        });
      }
      return;
    }
    if (ts.some((t) => t.claimed)) return;
    const u: Understood = {
      kind: c.kind,
      text: typedText(ts),
      ...span(ts),
      ...corrections(ts),
      ...(c.kind === 'place' ? { regions: [c.target, ...labelledWith(c)] } : { condition: c.target, ...evidenceIn(ts) }),
    };
    understood.push(u);
    for (const t of ts) t.claimed = u;
  };

  // Passes 1 and 2, longest phrase first: in order anywhere, then (two words or more) in any
  // order within one part of the sentence.
  let lastLen = Infinity;
  let sameLen: Tok[][] = [];
  for (const c of cands) {
    const n = c.stems.length;
    if (n !== lastLen) {
      sameLen = [];
      lastLen = n;
    }
    const open = (ts: Tok[]) => ts.every((t) => !t.claimed || (!c.derived && sameLen.some((s) => s.includes(t))));
    for (let i = 0; i + n <= seq.length; i++) {
      const ts = seq.slice(i, i + n);
      if (!ts.every((t, k) => t.stem === c.stems[k])) continue;
      if (ts.every((t) => t.role === 'sep')) continue;
      if (!open(ts) || ts.some((t) => activity.has(t.part))) continue;
      // "back" (or another qualifier) alone is a place only when no other body part stands beside it.
      if (n === 1 && QUALIFIERS.has(ts[0]!.stem) && partHasOtherPart(ts[0]!.part, ts[0]!)) continue;
      claim(ts, c);
      sameLen.push(ts);
    }
    if (n < 2 || c.kind !== 'place') continue;
    for (const p of new Set(toks.filter((t) => t.role === 'word' && !activity.has(t.part)).map((t) => t.part))) {
      const pool = toks.filter((t) => t.part === p && t.role === 'word');
      const used: Tok[] = [];
      for (const s of c.stems) {
        const t = pool.find((x) => x.stem === s && !used.includes(x));
        if (!t) break;
        used.push(t);
      }
      if (used.length === n && open(used)) {
        claim(used, c);
        sameLen.push(used);
      }
    }
  }
  // Pass 3: a distinctive condition word alone ("sciatica", "migraine", "headache").
  for (const t of toks) {
    if (!freePlace(t)) continue;
    const ids = index.words.conditionWords.get(t.stem);
    if (!ids) continue;
    const u: Understood = { kind: 'condition', text: typedText([t]), start: t.start, end: t.end, condition: ids[0]!, ...corrections([t]) };
    understood.push(u);
    for (const id of ids.slice(1)) understood.push({ ...u, condition: id });
    t.claimed = u;
  }
  // Pass 4: a body part alone ("molars", "forearm") stands for the regions labelled with it.
  for (const t of toks) {
    if (!freePlace(t)) continue;
    const ids = index.words.partWords.get(t.stem);
    if (!ids || ids.length > 12) continue;
    const u: Understood = { kind: 'place', text: typedText([t]), start: t.start, end: t.end, regions: [...ids], ...corrections([t]) };
    understood.push(u);
    t.claimed = u;
  }
  // Qualifiers left over beside a place in the same part belong to it ("base of the little finger").
  for (const t of toks) {
    if (!freePlace(t) || !QUALIFIERS.has(t.stem)) continue;
    const host = toks.find((x) => x.part === t.part && x.claimed?.kind === 'place')?.claimed;
    if (!host) continue;
    t.claimed = host;
    host.start = Math.min(host.start, t.start);
    host.end = Math.max(host.end, t.end);
    host.text = q.slice(host.start, host.end);
  }
  // Pass 5: symptoms and aggravators; neighbouring evidence words make one item ("climbing stairs").
  let prev: Understood | undefined;
  let prevIdx = -2;
  toks.forEach((t, i) => {
    if (!free(t)) return;
    const ev = index.words.evidence.get(t.stem);
    if (!ev) return;
    const gap = toks.slice(prevIdx + 1, i).every((x) => x.role === 'stop');
    const follows = !!prev && gap && toks[prevIdx]!.part === t.part;
    // A word only the perpetuating factors use is an activity when the sentence says so: after
    // "when", "after", "while"..., or as an -ing form ("typing"). "I went to the shop" is not.
    if (ev.kind === 'aggravator' && !follows && !activity.has(t.part) && !/ing$/.test(t.typed ?? q.slice(t.start, t.end).toLowerCase())) return;
    if (follows && prev) {
      prev.stems!.push(t.stem);
      prev.end = t.end;
      prev.text = q.slice(prev.start, prev.end);
      if (t.corrected) prev.corrected = [...(prev.corrected ?? []), { from: t.typed!, to: t.corrected }];
      t.claimed = prev;
    } else {
      prev = {
        kind: activity.has(t.part) ? 'aggravator' : ev.kind,
        text: typedText([t]),
        start: t.start,
        end: t.end,
        stems: [t.stem],
        ...corrections([t]),
      };
      understood.push(prev);
      t.claimed = prev;
    }
    prevIdx = i;
  });

  // Sides: the side said in the same part of the sentence, else the only side said.
  const sideToks = toks.filter((t) => t.role === 'side');
  const sides = [...new Set(sideToks.map((t) => SIDE_WORDS.get(t.raw)!))];
  for (const u of understood) {
    if (u.kind !== 'place' && u.kind !== 'condition') continue;
    const own = sideToks.find((t) => toks.some((x) => x.claimed === u && x.part === t.part));
    const side = own ? SIDE_WORDS.get(own.raw) : sides.length === 1 ? sides[0] : undefined;
    if (side) u.side = side;
  }
  const notUnderstood = [...new Set(toks.filter((t) => t.role === 'word' && !t.claimed).map((t) => t.typed ?? q.slice(t.start, t.end)))];
  understood.sort((a, b) => a.start - b.start);
  return { understood, notUnderstood, sides };
}

// ------------------------------------------------------------------ ranking

export interface Reason {
  kind: 'place' | 'symptom' | 'aggravator' | 'condition';
  /** Place: region id and zone kind. */
  region?: string;
  zone?: Kind;
  /** Symptom or aggravator: the words as typed; condition: its id. */
  text?: string;
  condition?: string;
}

export interface RankedMuscle {
  id: string;
  name: string;
  score: number;
  /** The place score alone (0 when the muscle was found by symptoms or a condition only). */
  placeScore: number;
  reasons: Reason[];
}

export interface FinderResult {
  reading: Reading;
  /** Regions that drive the ranking (drawn ids): picked plus typed, or a named condition's pain regions. */
  regions: string[];
  /** Typed regions drawn on one side: instance keys (`temple|l`) to light up on the map. */
  keys: string[];
  /** True when the regions came from a named condition because no place was given. */
  fromCondition: boolean;
  conditions: string[];
  ranked: RankedMuscle[];
  /** The other sources of pain felt in the same places (nerve roots, nerves, joints, organs), alerts first. */
  others: Considered[];
  /** Whether anything at all was understood or picked: when false, no ranking is shown. */
  understoodAnything: boolean;
}

export function expand(index: FinderIndex, id: string): string[] {
  const r = index.regionById.get(id);
  return r?.members ?? (r ? [id] : []);
}

export function runQuery(index: FinderIndex, q: string, picked: readonly string[]): FinderResult {
  const reading = q.trim() ? readQuery(index, q) : { understood: [], notUnderstood: [], sides: [] };
  const places = reading.understood.filter((u) => u.kind === 'place');
  const named = [...new Set(reading.understood.filter((u) => u.kind === 'condition').map((u) => u.condition!))];
  const evidence = reading.understood.filter((u) => u.kind === 'symptom' || u.kind === 'aggravator');
  // Symptom words inside a named condition, once per span (a phrase naming two conditions counts once).
  const spans = new Set<string>();
  for (const u of reading.understood) {
    if (u.kind !== 'condition' || !u.stems || spans.has(`${u.start}-${u.end}`)) continue;
    spans.add(`${u.start}-${u.end}`);
    evidence.push({ ...u, kind: 'symptom', text: q.slice(u.start, u.end) });
  }

  const typed = places.flatMap((u) => u.regions!.flatMap((id) => expand(index, id)));
  let regions = [...new Set([...picked.flatMap((id) => expand(index, id)), ...typed])];
  const keys: string[] = [];
  for (const u of places) {
    for (const id of u.regions!.flatMap((r) => expand(index, r))) {
      const paired = index.regionById.get(id)?.paired;
      if (!paired) keys.push(`${id}|m`);
      else if (u.side === 'l' || u.side === 'r') keys.push(`${id}|${u.side}`);
      else keys.push(`${id}|r`, `${id}|l`);
    }
  }
  let fromCondition = false;
  if (!regions.length && named.length) {
    regions = [...new Set(named.flatMap((id) => index.conditionById.get(id)?.painRegions ?? []))];
    fromCondition = true;
    for (const u of reading.understood) {
      if (u.kind !== 'condition') continue;
      for (const id of index.conditionById.get(u.condition!)?.painRegions ?? []) {
        const paired = index.regionById.get(id)?.paired;
        if (!paired) keys.push(`${id}|m`);
        else if (u.side === 'l' || u.side === 'r') keys.push(`${id}|${u.side}`);
        else keys.push(`${id}|r`, `${id}|l`);
      }
    }
  }
  // Each typed place counts once however many regions it stands for; each picked region is a place.
  const pickedDrawn = [...new Set(picked.flatMap((id) => expand(index, id)))];
  const placeGroups = fromCondition
    ? regions.map((r) => [r])
    : [
        ...pickedDrawn.map((r) => [r]),
        ...places.map((u) => [...new Set(u.regions!.flatMap((r) => expand(index, r)))].filter((r) => !pickedDrawn.includes(r))),
      ];
  const placeRanked = rankPlaces(index.data.muscles, placeGroups);
  // The same places for the other sources; a place typed with a side keeps it (the heart's left arm).
  const otherPlaces = fromCondition
    ? regions.map((r) => ({ region: r, regions: [r] }))
    : [
        ...pickedDrawn.map((r) => ({ region: r, regions: [r] })),
        ...places.flatMap((u, i) => {
          const own = placeGroups[pickedDrawn.length + i]!;
          if (!own.length) return [];
          return [{ region: u.regions![0]!, regions: own, ...(u.side === 'l' || u.side === 'r' ? { side: u.side } : {}) }];
        }),
      ];
  const others = rankConsidered(index.data.others, otherPlaces);
  const byId = new Map(placeRanked.map((m) => [m.id, m]));
  const conditionMuscles = new Map<string, string[]>();
  for (const c of named) for (const m of index.conditionById.get(c)?.muscles ?? []) conditionMuscles.set(m, [...(conditionMuscles.get(m) ?? []), c]);

  const ranked: RankedMuscle[] = [];
  const source = new Map<RankedMuscle, FinderData['muscles'][number]>();
  const hasPlace = regions.length > 0;
  for (const m of index.data.muscles) {
    const p = byId.get(m.id);
    const reasons: Reason[] = p ? p.covers.map((c) => ({ kind: 'place', region: c.region, zone: c.kind })) : [];
    let e = 0;
    for (const u of evidence) {
      // Several words ("turning the head"): their mean, so a muscle that has them all counts most.
      let best = 0;
      for (const s of u.stems!) {
        const ev = index.words.evidence.get(s)!;
        const viaCondition = index.words.conditionSymptoms.get(s)?.some((c) => index.conditionById.get(c)?.muscles.includes(m.id));
        const w =
          index.words.symptomStems.get(m.id)!.has(s) || viaCondition ? W_SYMPTOM : index.words.factorStems.get(m.id)!.has(s) ? W_AGGRAVATOR : 0;
        best += (w * ev.idf) / u.stems!.length;
      }
      if (best > 0) {
        e += best;
        reasons.push({
          kind: index.words.symptomStems.get(m.id)!.has(u.stems![0]!) || u.kind === 'symptom' ? 'symptom' : 'aggravator',
          text: u.text,
        });
      }
    }
    const conds = conditionMuscles.get(m.id) ?? [];
    for (const c of conds) reasons.push({ kind: 'condition', condition: c });
    const c = conds.length ? (fromCondition ? W_CONDITION_ONLY : W_CONDITION) : 0;
    const place = p?.score ?? 0;
    // With a place, a muscle must refer pain there (or be a named condition's muscle); without one, symptoms decide.
    if (hasPlace ? place === 0 && c === 0 : e === 0 && c === 0) continue;
    const r: RankedMuscle = { id: m.id, name: m.name, score: Math.round((place + e + c) * 1000) / 1000, placeScore: place, reasons };
    ranked.push(r);
    source.set(r, m);
  }
  ranked.sort((a, b) => b.score - a.score || b.placeScore - a.placeScore || byName(source.get(a)!, source.get(b)!));

  const overlapping = index.data.conditions.filter((c) => c.painRegions.some((r) => regions.includes(r)) && !named.includes(c.id));
  // Conditions: the ones named first, then those whose pain area holds most of the selection.
  const share = (c: FinderData['conditions'][number]) => c.painRegions.filter((r) => regions.includes(r)).length / regions.length;
  const conditions = [
    ...named,
    ...overlapping
      .filter((c) => share(c) >= 0.5)
      .sort((a, b) => share(b) - share(a))
      .map((c) => c.id),
  ].slice(0, 6);
  return {
    reading,
    regions,
    keys,
    fromCondition,
    conditions,
    ranked,
    others,
    understoodAnything: reading.understood.length > 0 || picked.length > 0,
  };
}

/** Vocabulary words nearest to words that were not understood, for "did you mean". */
export function suggestions(index: FinderIndex, notUnderstood: readonly string[], n = 6): string[] {
  const out = new Map<string, number>();
  for (const w of notUnderstood) {
    const f = w.toLowerCase().replace(/[^a-z]/g, '');
    if (f.length < 3) continue;
    for (const v of index.words.vocabulary.keys()) {
      const d = v.startsWith(f) ? 0.5 : editDistance(f, v, 3);
      if (d <= 3 && d < (out.get(v) ?? Infinity)) out.set(v, d);
    }
  }
  return [...out]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([v]) => v);
}
