/**
 * Muscles named in an entry's prose (its MDX body). Two rules keep the prose honest about the
 * atlas: a muscle that has an entry and is named in the prose is linked from the page, and no
 * sentence says a muscle "has no entry" when it has one.
 *
 * A muscle is named when its entry's `name` occurs as whole words, case-insensitively, with any
 * parenthesis and anything after a colon left out ("Fibularis (peroneus) longus and brevis" is
 * found as "fibularis longus and brevis", "Pelvic floor: levator ani, …" as "pelvic floor").
 * Other names and abbreviations are not matched: many are lay words ("calf muscle") or letters
 * with other meanings ("PT"), and false alarms would teach authors to ignore the check. Where
 * names overlap, the longest wins ("extensor digitorum longus" is not also "extensor digitorum").
 * A name followed by "region", "area" or "zone" names a place on the body ("the anterior deltoid
 * region"), not the muscle, and is not counted. Headings, code and the text of existing links
 * are not prose for this purpose. Pure.
 */

export interface NamedMuscle {
  id: string;
  name: string;
}

export interface Mention {
  muscle: string;
  /** The words as written in the prose. */
  text: string;
  index: number;
}

/** The name a muscle is found by in prose. */
export function proseName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/:.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Blanks out (keeping offsets) what is not running prose: frontmatter, headings, code, link targets and JSX/HTML tags. */
function proseText(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/^#{1,6} .*$/gm, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/<[^>\n]+>/g, blank);
}

/** Link targets `/muscles/<id>/` found in the body (Markdown links or href attributes). */
export function linkedMuscles(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(/\/muscles\/([a-z0-9-]+)\/?/g)) out.add(m[1]!);
  return out;
}

/** Every mention of a muscle in the prose, in order, longest name first where names overlap. */
export function findMentions(body: string, muscles: readonly NamedMuscle[]): Mention[] {
  const text = proseText(body);
  const names = muscles.map((m) => ({ id: m.id, name: proseName(m.name) })).sort((a, b) => b.name.length - a.name.length);
  const taken: [number, number][] = [];
  const found: Mention[] = [];
  for (const { id, name } of names) {
    const re = new RegExp(`(?<![\\w-])${escapeRegExp(name).replace(/ /g, '\\s+')}(?![\\w-])(?!\\s+(?:region|area|zone)s?\\b)`, 'gi');
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ muscle: id, text: body.slice(start, end), index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const NO_ENTRY = /\b(?:ha(?:s|ve) no (?:entry|entries|page)|no entry in this atlas|not (?:yet )?(?:in|covered (?:in|by)) this atlas)\b/i;

/** Sentences of the prose that say a muscle has no entry, with the muscles they name. */
export function noEntryClaims(body: string, muscles: readonly NamedMuscle[]): { sentence: string; muscles: string[] }[] {
  const text = proseText(body);
  const out: { sentence: string; muscles: string[] }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const sentence = m[0];
    if (!NO_ENTRY.test(sentence)) continue;
    const named = [...new Set(findMentions(sentence, muscles).map((x) => x.muscle))];
    if (named.length) out.push({ sentence: sentence.trim(), muscles: named });
  }
  return out;
}
