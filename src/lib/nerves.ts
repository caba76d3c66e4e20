/**
 * The nerves named in a muscle's innervation (free text in the content), for its schema.org
 * `nerve` items: the nerve each clause names, without root levels and asides. A clause that only
 * mentions a nerve ("the buccal nerve … passes through it") names none.
 */

/** Words that make a phrase a nerve's name ("ventral rami of T12", "digastric branch of …"). */
const NERVE_WORD = /\b(?:nerves?|rami|ramus|branch(?:es)?|plexus)\b/i;
/** Where a nerve's name ends: root levels, what the nerve does, where it runs. */
const NAME_END = /\s\(|,|\s(?:for|from|which|through|before|with|passes|entering|segment|one for|usually|mainly|sometimes)\b/;

export function nerves(innervation: string): string[] {
  const out: string[] = [];
  // Clauses: "…; …", sentences, and ", and the …".
  const clauses = innervation.replace(/\s\([a-z]+\)(?=\s)/g, '').split(/;\s|\.\s+(?=[A-Z])|,\s+and\s+(?=the\s)/);
  for (let c of clauses) {
    c = c.replace(/\.$/, '');
    const part = c.match(/^[A-Z][\w ]*:\s+/); // "Psoas major: ventral rami of …"
    if (part) c = c.slice(part[0].length);
    // "Long head by the tibial division …", "… also receives a branch of the radial nerve"
    const by = c.match(/^(.*?)\b(?:by|receives?)\s+(?:the\s+|a\s+branch\s+of\s+the\s+)?/);
    let listed = !!part || /^[A-Z]/.test(c);
    if (by && !NERVE_WORD.test(by[1]!)) {
      c = c.slice(by[0].length);
      listed = true;
    }
    c = c.replace(/^(?:the|usually)\s+/i, '');
    const [name = '', ...rest] = c.split(NAME_END);
    // A lower-case clause counts only when it is a bare nerve: "…, and the dorsal scapular nerve (C5)".
    if (!listed && rest.length > 0 && !/^\s*\(/.test(c.slice(name.length))) continue;
    if (!NERVE_WORD.test(name)) continue;
    const cap = name.trim()[0]!.toUpperCase() + name.trim().slice(1);
    if (!out.includes(cap)) out.push(cap);
  }
  return out;
}
