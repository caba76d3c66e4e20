/**
 * Cross-entry checks that a single entry's schema cannot make: links between muscles,
 * conditions and sources point at entries that exist, names are unique, every muscle has
 * its outline in the atlas, and each trigger point's landmark lies within the muscle's outline
 * on the views where both are drawn. Pure: runs in the build (via the graph) and in unit tests.
 */
import { multiContains, ringDistance } from '../atlas/geometry';
import { SITE_INDEX, type SiteIndex } from '../atlas/site-data';
import type { Point, ViewId } from '../atlas/types';
import { ContentError } from '../schemas/slug';
import { checkChapters, checkTriggerPointPages, type CitationAt } from './citations';
import { findMentions, linkedMuscles, noEntryClaims, proseName } from './prose';
import { suggestion } from '../schemas/suggest';

/**
 * How far (in view units) a trigger point landmark may sit outside its muscle's drawn outline
 * and still count as inside it: about the width of the outline's stroke and the X's arm.
 */
export const OUTLINE_TOLERANCE = 3;

/** A reference as Astro gives it ({ collection, id }) or as a plain id (tests, scripts). */
export type Ref = string | { id: string };
export const refId = (r: Ref): string => (typeof r === 'string' ? r : r.id);

export interface EntryLike<T> {
  id: string;
  /** Path of the source file, relative to the project root. */
  file: string;
  data: T;
  /** The MDX body (prose), when read; the prose checks skip entries without one. */
  body?: string;
}

interface CitationLike {
  source: Ref;
  chapter?: string;
  pages?: string;
}
export interface MuscleLike {
  name: string;
  mimics: Ref[];
  sources: CitationLike[];
  triggerPoints: { id: string; landmark: string; source: CitationLike }[];
  /** Required by the schema; optional here so checks of other fields can build a bare muscle. */
  treatment?: { techniques: Ref[] };
}
export interface ConditionLike {
  name: string;
  muscles: { muscle: Ref }[];
  sources: CitationLike[];
}

export interface GuideLike {
  title: string;
  kind: string;
  sources: CitationLike[];
}

/** An other source of pain (content/other-sources/): the fields the cross-entry checks read. */
export interface OtherSourceLike {
  name: string;
  muscles: Ref[];
  sources: CitationLike[];
}

export function validateContent(input: {
  muscles: EntryLike<MuscleLike>[];
  conditions: EntryLike<ConditionLike>[];
  guides?: EntryLike<GuideLike>[];
  otherSources?: EntryLike<OtherSourceLike>[];
  sources: readonly string[];
  /** The atlas landmarks and outlines to check against (default: the site's own). */
  sites?: SiteIndex;
}): ContentError[] {
  const sites = input.sites ?? SITE_INDEX;
  const errors: ContentError[] = [];
  const muscleIds = new Set(input.muscles.map((m) => m.id));
  const conditionIds = new Set(input.conditions.map((c) => c.id));
  const sourceIds = new Set(input.sources);

  const checkSource = (file: string, field: string, c: CitationLike) => {
    const id = refId(c.source);
    if (!sourceIds.has(id)) {
      errors.push(new ContentError(file, field, `cites unknown source "${id}".`, 'add the work to content/sources.yaml or use an existing key.'));
    }
  };

  const names = new Map<string, string>();
  const claimName = (file: string, name: string) => {
    const key = name.trim().toLowerCase();
    const other = names.get(key);
    if (other)
      errors.push(
        new ContentError(file, 'name', `"${name}" is already the name of ${other}.`, 'merge the two entries or give this one a distinct name.'),
      );
    else names.set(key, file);
  };

  for (const m of input.muscles) {
    claimName(m.file, m.data.name);
    m.data.mimics.forEach((ref, i) => {
      const id = refId(ref);
      if (!conditionIds.has(id)) {
        errors.push(
          new ContentError(
            m.file,
            `mimics[${i}]`,
            `names condition "${id}", which does not exist.`,
            `create content/conditions/${id}.mdx or use an existing condition slug.`,
          ),
        );
      }
    });
    m.data.sources.forEach((c, i) => {
      checkSource(m.file, `sources[${i}]`, c);
    });
    m.data.triggerPoints.forEach((tp, i) => {
      checkSource(m.file, `triggerPoints[${i}].source`, tp.source);
    });
    if (!sites.outlines.has(m.id)) {
      errors.push(
        new ContentError(
          m.file,
          'slug',
          `muscle "${m.id}" has no outline in the atlas.`,
          `add an outline for "${m.id}" under "outlines" in src/atlas/sites/<area>.json.`,
        ),
      );
    }
    errors.push(...landmarksOutsideOutline(m, sites));
  }
  for (const c of input.conditions) {
    claimName(c.file, c.data.name);
    c.data.muscles.forEach((entry, i) => {
      const id = refId(entry.muscle);
      if (!muscleIds.has(id)) {
        errors.push(
          new ContentError(
            c.file,
            `muscles[${i}].muscle`,
            `names muscle "${id}", which does not exist.`,
            `create content/muscles/${id}.mdx or use an existing muscle slug.`,
          ),
        );
      }
    });
    c.data.sources.forEach((s, i) => {
      checkSource(c.file, `sources[${i}]`, s);
    });
  }
  for (const g of input.guides ?? []) {
    g.data.sources.forEach((s, i) => {
      checkSource(g.file, `sources[${i}]`, s);
    });
  }
  const otherNames = new Map<string, string>();
  for (const o of input.otherSources ?? []) {
    const key = o.data.name.trim().toLowerCase();
    const other = otherNames.get(key);
    if (other)
      errors.push(
        new ContentError(
          o.file,
          'name',
          `"${o.data.name}" is already the name of ${other}.`,
          'merge the two entries or give this one a distinct name.',
        ),
      );
    else otherNames.set(key, o.file);
    o.data.muscles.forEach((ref, i) => {
      const id = refId(ref);
      if (!muscleIds.has(id)) {
        errors.push(
          new ContentError(
            o.file,
            `muscles[${i}]`,
            `names muscle "${id}", which does not exist.`,
            `use a muscle slug from content/muscles/.${suggestion(id, [...muscleIds])}`,
          ),
        );
      }
    });
    o.data.sources.forEach((s, i) => {
      checkSource(o.file, `sources[${i}]`, s);
    });
  }
  errors.push(...mimicsListed(input.muscles, input.conditions));
  errors.push(...citationErrors(input));
  errors.push(...proseErrors(input));
  errors.push(...treatmentGuides(input.muscles, input.guides ?? []));
  return errors;
}

/**
 * A muscle whose entry says it mimics a condition is on that condition's list, where it is
 * ranked and given a note for the patient. The build fails rather than appending it with a
 * generic note, so every muscle on a condition page says what it does there.
 */
function mimicsListed(muscles: EntryLike<MuscleLike>[], conditions: EntryLike<ConditionLike>[]): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map(conditions.map((c) => [c.id, c]));
  for (const m of muscles) {
    m.data.mimics.forEach((ref, i) => {
      const c = byId.get(refId(ref));
      if (!c || c.data.muscles.some((x) => refId(x.muscle) === m.id)) return;
      errors.push(
        new ContentError(
          m.file,
          `mimics[${i}]`,
          `says ${m.data.name} mimics "${c.id}", but ${c.file} does not list "${m.id}" under muscles.`,
          `add \`- muscle: ${m.id}\` with a note on what it refers there to the muscles of ${c.file}, or remove "${c.id}" from mimics.`,
        ),
      );
    });
  }
  return errors;
}

function citationErrors(input: {
  muscles: EntryLike<MuscleLike>[];
  conditions: EntryLike<ConditionLike>[];
  guides?: EntryLike<GuideLike>[];
  otherSources?: EntryLike<OtherSourceLike>[];
}): ContentError[] {
  const all: CitationAt[] = [];
  const add = (file: string, field: string, c: CitationLike) =>
    all.push({ file, field, source: refId(c.source), chapter: c.chapter, pages: c.pages });
  const errors: ContentError[] = [];
  for (const m of input.muscles) {
    m.data.triggerPoints.forEach((tp, i) => {
      add(m.file, `triggerPoints[${i}].source`, tp.source);
    });
    m.data.sources.forEach((c, i) => {
      add(m.file, `sources[${i}]`, c);
    });
    const plain = (c: CitationLike) => ({ source: refId(c.source), chapter: c.chapter, pages: c.pages });
    errors.push(
      ...checkTriggerPointPages(
        m.file,
        m.data.triggerPoints.map((tp) => ({ id: tp.id, source: plain(tp.source) })),
        m.data.sources.map(plain),
      ),
    );
  }
  for (const c of input.conditions)
    c.data.sources.forEach((s, i) => {
      add(c.file, `sources[${i}]`, s);
    });
  for (const g of [...(input.guides ?? []), ...(input.otherSources ?? [])])
    g.data.sources.forEach((s, i) => {
      add(g.file, `sources[${i}]`, s);
    });
  return [...checkChapters(all), ...errors];
}

/**
 * Prose names muscles honestly: one that has an entry is linked from the page (a condition's
 * own list links each of its muscles), and no sentence says a muscle has no entry when it has one.
 */
function proseErrors(input: {
  muscles: EntryLike<MuscleLike>[];
  conditions: EntryLike<ConditionLike>[];
  guides?: EntryLike<GuideLike>[];
  otherSources?: EntryLike<OtherSourceLike>[];
}): ContentError[] {
  const errors: ContentError[] = [];
  const named = input.muscles.map((m) => ({ id: m.id, name: m.data.name }));
  const byId = new Map(input.muscles.map((m) => [m.id, m]));
  const check = (e: EntryLike<unknown>, self: string | undefined, listed: ReadonlySet<string>) => {
    if (e.body === undefined) return;
    for (const claim of noEntryClaims(e.body, named)) {
      for (const id of claim.muscles) {
        errors.push(
          new ContentError(
            e.file,
            'body',
            `says "${claim.sentence}", but ${byId.get(id)!.file} is an entry for ${byId.get(id)!.data.name}.`,
            `rewrite the sentence without "no entry", and link the muscle: [${byId.get(id)!.data.name.toLowerCase()}](/muscles/${id}/).`,
          ),
        );
      }
    }
    const linked = linkedMuscles(e.body);
    const reported = new Set<string>();
    // Two muscles can share a name in prose (abductor digiti minimi of the hand and of the foot):
    // on either one's own page, that name is the page's own muscle.
    const selfName = self ? proseName(byId.get(self)!.data.name).toLowerCase() : undefined;
    for (const mention of findMentions(e.body, named)) {
      const id = mention.muscle;
      if (id === self || linked.has(id) || listed.has(id) || reported.has(id)) continue;
      if (selfName && mention.text.replace(/\s+/g, ' ').toLowerCase() === selfName) continue;
      reported.add(id);
      const where = e.file.startsWith('content/conditions/') ? `add it to muscles with a note, or link its first mention` : 'link its first mention';
      errors.push(
        new ContentError(
          e.file,
          'body',
          `names the muscle "${mention.text}", which has an entry (${byId.get(id)!.file}), without linking it.`,
          `${where}: [${mention.text}](/muscles/${id}/). (A name followed by "region" or "area" counts as a place, not the muscle.)`,
        ),
      );
    }
  };
  for (const m of input.muscles) check(m, m.id, new Set());
  for (const c of input.conditions) check(c, undefined, new Set(c.data.muscles.map((x) => refId(x.muscle))));
  for (const g of input.guides ?? []) check(g, undefined, new Set());
  for (const o of input.otherSources ?? []) check(o, undefined, new Set(o.data.muscles.map(refId)));
  return errors;
}

/** Each technique a muscle's treatment names must be an existing guide of kind `technique`. */
function treatmentGuides(muscles: EntryLike<MuscleLike>[], guides: EntryLike<GuideLike>[]): ContentError[] {
  const kind = new Map(guides.map((g) => [g.id, g.data.kind]));
  const techniques = guides
    .filter((g) => g.data.kind === 'technique')
    .map((g) => g.id)
    .sort();
  const fix = `use one of the technique guides: ${techniques.join(', ')} (content/guides/), or write the guide first.`;
  const errors: ContentError[] = [];
  for (const m of muscles) {
    m.data.treatment?.techniques.forEach((ref, i) => {
      const id = refId(ref);
      const k = kind.get(id);
      if (k === undefined)
        errors.push(
          new ContentError(m.file, `treatment.techniques[${i}]`, `names guide "${id}", which does not exist.`, `${fix}${suggestion(id, techniques)}`),
        );
      else if (k !== 'technique')
        errors.push(new ContentError(m.file, `treatment.techniques[${i}]`, `names guide "${id}", which is a ${k} guide, not a technique.`, fix));
    });
  }
  return errors;
}

const fmt = (p: Point) => `[${p.map((n) => Math.round(n * 10) / 10).join(', ')}]`;

/**
 * A trigger point's landmark must lie inside its muscle's outline (any of them, within
 * OUTLINE_TOLERANCE) on every view where the landmark is placed and the muscle is outlined.
 * The error names the landmark's data file and position, since that is usually what to move.
 */
function landmarksOutsideOutline(m: EntryLike<MuscleLike>, sites: SiteIndex): ContentError[] {
  const errors: ContentError[] = [];
  const muscle = sites.outlines.get(m.id);
  if (!muscle) return errors;
  const seen = new Set<string>();
  m.data.triggerPoints.forEach((tp, i) => {
    const lm = sites.landmarks.get(tp.landmark);
    if (!lm || seen.has(tp.landmark)) return;
    seen.add(tp.landmark);
    for (const [view, p] of Object.entries(lm.def.positions) as [ViewId, Point][]) {
      const rings = muscle.outlines.filter((o) => o.view === view).map((o) => o.ring);
      if (!rings.length || rings.some((r) => multiContains([[r]], p))) continue;
      const d = Math.min(...rings.map((r) => ringDistance(r, p)));
      if (d <= OUTLINE_TOLERANCE) continue;
      errors.push(
        new ContentError(
          lm.file,
          `landmarks[${lm.index}].positions.${view}`,
          `landmark "${tp.landmark}" at ${fmt(p)} is a trigger point of muscle "${m.id}" (${m.file} triggerPoints[${i}]) but lies ${d.toFixed(1)} units outside its ${view} outline (within ${OUTLINE_TOLERANCE} counts as inside).`,
          `move the point inside the outline, or redraw the outline (outlines.${m.id}, view "${view}", in ${muscle.file}) to take it in.`,
        ),
      );
    }
  });
  return errors;
}

/** Throws one error listing every problem, so a build names them all at once. */
export function assertValid(errors: ContentError[]): void {
  if (errors.length) {
    throw new Error(`Content has ${errors.length} problem(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
}

/** A citation as open data publishes it: the source id and only the fields it has. */
export const openCitation = (c: { source: unknown; chapter?: string | undefined; pages?: string | undefined; note?: string | undefined }) => ({
  source: refId(c.source as string),
  ...(c.chapter ? { chapter: c.chapter } : {}),
  ...(c.pages ? { pages: c.pages } : {}),
  ...(c.note ? { note: c.note } : {}),
});
