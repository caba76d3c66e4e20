/**
 * The trigger point landmarks and muscle outlines, read from the per-area data files in
 * ./sites/<area>.json and validated when this module loads (schema: src/schemas/sites.ts).
 * One error lists every problem, each as "<file>: <field>: <problem>. Fix: <fix>".
 */
import { schemaErrors } from '../schemas/issues';
import { siteFileSchema, type LandmarkDef, type OutlineDef } from '../schemas/sites';
import { ContentError } from '../schemas/slug';
import { smoothClosed } from './geometry';
import armHand from './sites/arm-hand.json' with { type: 'json' };
import foot from './sites/foot.json' with { type: 'json' };
import forearmHand from './sites/forearm-hand.json' with { type: 'json' };
import headNeck from './sites/head-neck.json' with { type: 'json' };
import legFoot from './sites/leg-foot.json' with { type: 'json' };
import lowBackHip from './sites/low-back-hip.json' with { type: 'json' };
import shoulder from './sites/shoulder-upper-back.json' with { type: 'json' };
import thighKnee from './sites/thigh-knee.json' with { type: 'json' };
import trunk from './sites/trunk.json' with { type: 'json' };
import type { Ring } from './types';

export type { LandmarkDef } from '../schemas/sites';

/** A data file before validation: its path from the project root and its parsed JSON. */
export interface SiteSource {
  file: string;
  data: unknown;
}

/** A validated data file. */
export interface SiteFile {
  file: string;
  landmarks: LandmarkDef[];
  outlines: Record<string, OutlineDef[]>;
}

const at = (area: string, data: unknown): SiteSource => ({ file: `src/atlas/sites/${area}.json`, data });

/** The area files, in the order their landmarks are listed. */
export const SITE_SOURCES: readonly SiteSource[] = [
  at('head-neck', headNeck),
  at('shoulder-upper-back', shoulder),
  at('arm-hand', armHand),
  at('forearm-hand', forearmHand),
  at('trunk', trunk),
  at('low-back-hip', lowBackHip),
  at('thigh-knee', thighKnee),
  at('leg-foot', legFoot),
  at('foot', foot),
];

/**
 * Validates the files one by one, then across files: a landmark id is defined once, a muscle
 * is outlined in one file. Returns every problem and the files that passed their schema.
 */
export function readSites(sources: readonly SiteSource[]): { errors: ContentError[]; sites: SiteFile[] } {
  const errors: ContentError[] = [];
  const sites: SiteFile[] = [];
  for (const { file, data } of sources) {
    const errs = schemaErrors(file, siteFileSchema, data, '(file)');
    errors.push(...errs);
    if (errs.length) continue;
    const parsed = siteFileSchema.parse(data);
    sites.push({ file, landmarks: parsed.landmarks, outlines: parsed.outlines });
  }
  const landmarkAt = new Map<string, string>();
  const muscleIn = new Map<string, string>();
  for (const s of sites) {
    s.landmarks.forEach((l, i) => {
      const other = landmarkAt.get(l.id);
      if (other) {
        errors.push(
          new ContentError(
            s.file,
            `landmarks[${i}].id`,
            `landmark id "${l.id}" is already used by ${other}.`,
            'give one of the two landmarks another id (and update the trigger points that name it), or delete the copy.',
          ),
        );
      } else landmarkAt.set(l.id, `${s.file} landmarks[${i}]`);
    });
    for (const slug of Object.keys(s.outlines)) {
      const other = muscleIn.get(slug);
      if (other) {
        errors.push(
          new ContentError(
            s.file,
            `outlines.${slug}`,
            `muscle "${slug}" is already outlined in ${other}.`,
            `keep all of a muscle's outlines in one file: move these into the "${slug}" list of ${other}, or delete them.`,
          ),
        );
      } else muscleIn.set(slug, s.file);
    }
  }
  return { errors, sites };
}

/** Throws one error listing every problem, so a build names them all at once. */
export function assertSites(result: { errors: ContentError[]; sites: SiteFile[] }): SiteFile[] {
  const { errors } = result;
  if (errors.length) {
    throw new Error(`Atlas site data has ${errors.length} problem(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.sites;
}

export interface MuscleOutline {
  view: OutlineDef['view'];
  depth: OutlineDef['depth'];
  /** The drawn control points (the outline is a closed spline through them). */
  points: OutlineDef['points'];
  /** The spline sampled into a polygon, for bounds and containment checks. */
  ring: Ring;
}

/** Landmarks and outlines by id, each with the file (and index) that defines it, for checks and messages. */
export interface SiteIndex {
  landmarks: ReadonlyMap<string, { def: LandmarkDef; file: string; index: number }>;
  outlines: ReadonlyMap<string, { file: string; outlines: MuscleOutline[] }>;
}

export function indexSites(sites: readonly SiteFile[]): SiteIndex {
  const landmarks = new Map<string, { def: LandmarkDef; file: string; index: number }>();
  const outlines = new Map<string, { file: string; outlines: MuscleOutline[] }>();
  for (const s of sites) {
    s.landmarks.forEach((def, index) => {
      if (!landmarks.has(def.id)) landmarks.set(def.id, { def, file: s.file, index });
    });
    for (const [slug, list] of Object.entries(s.outlines)) {
      if (outlines.has(slug)) continue;
      outlines.set(slug, {
        file: s.file,
        outlines: list.map((o) => ({ view: o.view, depth: o.depth, points: o.points, ring: smoothClosed(o.points, 5) })),
      });
    }
  }
  return { landmarks, outlines };
}

/** The site's validated area files. */
export const SITE_FILES: readonly SiteFile[] = assertSites(readSites(SITE_SOURCES));
export const SITE_INDEX: SiteIndex = indexSites(SITE_FILES);
