/**
 * Turns what the user typed and picked into a region selection and related conditions, with
 * the same word matching everywhere (src/lib/text.ts). Pure; runs in the browser.
 */
import type { FinderData } from './finder-data';
import { rankMuscles, type Ranked } from './rank';
import { matchPhrases, phrase, tokens, unclaimedTokens, type Phrase } from './text';

type Target = { kind: 'region'; id: string } | { kind: 'condition'; id: string };

export interface FinderIndex {
  data: FinderData;
  phrases: Phrase<Target>[];
  /** Region and condition phrases are matched separately, so a place named inside a condition's
   * lay name ("behind the eye" in "headache behind the eye") still counts as a place. */
  regionPhrases: Phrase<Target>[];
  conditionPhrases: Phrase<Target>[];
  targets: Map<string, Target>;
  /** Word sets computed once, so a query only looks them up. */
  conditionWords: Map<string, Set<string>>;
  conditionNameWords: Set<string>;
  symptomWords: Map<string, { line: string; words: Set<string> }[]>;
}

export function buildIndex(data: FinderData): FinderIndex {
  const targets = new Map<string, Target>();
  const t = (kind: Target['kind'], id: string): Target => {
    const key = `${kind}:${id}`;
    const found = targets.get(key);
    if (found) return found;
    const made: Target = { kind, id };
    targets.set(key, made);
    return made;
  };
  const phrases: Phrase<Target>[] = [];
  for (const r of data.regions) {
    const target = t('region', r.id);
    const label = r.label.replace(/\(([^)]*)\)/g, ' ').trim();
    for (const text of new Set([label, r.id.replace(/-/g, ' '), ...[...r.label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!), ...r.synonyms])) {
      phrases.push(phrase(target, text));
    }
  }
  for (const c of data.conditions) {
    const target = t('condition', c.id);
    for (const text of new Set([c.name, ...c.synonyms])) phrases.push(phrase(target, text));
  }
  return {
    data,
    phrases,
    regionPhrases: phrases.filter((p) => p.target.kind === 'region'),
    conditionPhrases: phrases.filter((p) => p.target.kind === 'condition'),
    targets,
    conditionWords: new Map(data.conditions.map((c) => [c.id, new Set([c.name, ...c.synonyms].flatMap((s) => tokens(s)))])),
    conditionNameWords: new Set(data.conditions.flatMap((c) => tokens(c.name))),
    symptomWords: new Map(data.muscles.map((m) => [m.id, m.symptoms.map((line) => ({ line, words: new Set(tokens(line)) }))])),
  };
}

export interface FinderResult {
  /** Regions that drive the ranking: picked ones plus those named in the words. */
  regions: string[];
  /** Regions found in the typed words. */
  typedRegions: string[];
  /** Conditions named in the words, or whose pain regions overlap the selection. */
  conditions: string[];
  ranked: Ranked[];
  /** Muscles whose symptoms mention the words that named no place ("tingling"). */
  symptomMatches: { id: string; name: string; symptom: string }[];
  /** Words that matched nothing. */
  unmatched: string[];
}

export function runQuery(index: FinderIndex, q: string, picked: readonly string[]): FinderResult {
  const regionMatches = q.trim() ? matchPhrases(q, index.regionPhrases) : [];
  const conditionMatches = q.trim() ? matchPhrases(q, index.conditionPhrases) : [];
  const matches = [...regionMatches, ...conditionMatches];
  const typedRegions = regionMatches.map((m) => m.target.id);
  let namedConditions = conditionMatches.map((m) => m.target.id);
  const rest = q.trim() ? unclaimedTokens(q, matches, index.phrases) : [];

  // A word that no phrase claimed and that is part of a condition's name ("headache") points at it.
  const loose = rest.filter((w) => w.length > 3);
  if (loose.length) {
    for (const c of index.data.conditions) {
      if (namedConditions.includes(c.id)) continue;
      const words = index.conditionWords.get(c.id)!;
      if (loose.some((w) => words.has(w))) namedConditions.push(c.id);
    }
  }
  namedConditions = [...new Set(namedConditions)];

  // A group named in words ("ball of the foot") stands for the regions it was split into.
  const members = new Map(index.data.regions.filter((r) => r.members).map((r) => [r.id, r.members!]));
  let regions = [...new Set([...picked, ...typedRegions].flatMap((id) => members.get(id) ?? [id]))];
  // Only a condition was named: rank for the places that condition hurts.
  if (!regions.length && namedConditions.length) {
    regions = [...new Set(namedConditions.flatMap((id) => index.data.conditions.find((c) => c.id === id)?.painRegions ?? []))];
  }
  const ranked = rankMuscles(index.data.muscles, regions);
  const overlapping = index.data.conditions.filter((c) => c.painRegions.some((r) => regions.includes(r))).map((c) => c.id);
  const conditions = [...new Set([...namedConditions, ...overlapping])];

  const symptomWords = rest.filter((w) => !index.conditionNameWords.has(w));
  const symptomMatches: FinderResult['symptomMatches'] = [];
  const matchedWords = new Set<string>();
  if (symptomWords.length) {
    for (const m of index.data.muscles) {
      const hit = index.symptomWords.get(m.id)!.find((s) => symptomWords.some((w) => s.words.has(w)));
      if (hit) {
        symptomMatches.push({ id: m.id, name: m.name, symptom: hit.line });
        hit.words.forEach((w) => matchedWords.add(w));
      }
    }
  }
  const conditionWords = new Set(namedConditions.flatMap((id) => [...(index.conditionWords.get(id) ?? [])]));
  const unmatched = rest.filter((w) => !matchedWords.has(w) && !conditionWords.has(w));
  return { regions, typedRegions, conditions, ranked, symptomMatches, unmatched };
}
