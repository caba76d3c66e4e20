/**
 * Reads and validates the content folder outside Astro (scripts and unit tests), with the same
 * schemas and cross-entry checks the build uses. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { indexSites, readSites, type SiteFile, type SiteSource } from '../atlas/site-data';
import { conditionSchema } from '../schemas/condition';
import { guideSchema } from '../schemas/guide';
import { muscleSchema } from '../schemas/muscle';
import { otherSourceSchema } from '../schemas/other-source';
import { schemaErrors } from '../schemas/issues';
import { ContentError, makeSlugger } from '../schemas/slug';
import { sourceSchema } from '../schemas/source';
import { validateContent, type ConditionLike, type EntryLike, type GuideLike, type MuscleLike } from './validate';

const plainRef = z.string();
const plainMuscleSchema = muscleSchema({ source: plainRef, condition: plainRef, guide: plainRef });
const plainConditionSchema = conditionSchema({ source: plainRef, muscle: plainRef });
const plainGuideSchema = guideSchema({ source: plainRef });
const plainOtherSchema = otherSourceSchema({ source: plainRef, muscle: plainRef });
/** An other source as read outside Astro: every field, references as plain ids. */
type OtherSourceData = z.infer<typeof plainOtherSchema>;

export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: undefined, body: text };
  return { data: parseYaml(m[1]!), body: m[2]! };
}

const SITES_DIR = 'src/atlas/sites';

/**
 * Reads and validates the atlas data files (src/atlas/sites/*.json) under `root`, as the
 * atlas does when it loads; undefined when the folder has none (a content-only fixture).
 */
export function loadSites(root: string): { errors: ContentError[]; sites: SiteFile[] } | undefined {
  let files: string[];
  try {
    files = readdirSync(join(root, SITES_DIR))
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return undefined;
  }
  if (!files.length) return undefined;
  const errors: ContentError[] = [];
  const sources: SiteSource[] = [];
  for (const f of files) {
    const file = `${SITES_DIR}/${f}`;
    try {
      sources.push({ file, data: JSON.parse(readFileSync(join(root, file), 'utf8')) });
    } catch (e) {
      const why = (e as Error).message.replace(/\s+/g, ' ').replace(/ is not valid JSON$/, '');
      errors.push(
        new ContentError(
          file,
          '(file)',
          `is not valid JSON: ${why}.`,
          'correct the syntax: look for a missing or trailing comma, or an unclosed bracket or quote.',
        ),
      );
    }
  }
  const read = readSites(sources);
  return { errors: [...errors, ...read.errors], sites: read.sites };
}

export interface LoadedContent {
  errors: ContentError[];
  muscles: EntryLike<MuscleLike>[];
  conditions: EntryLike<ConditionLike>[];
  guides: EntryLike<GuideLike>[];
  /** Nerve roots, nerves, joints and organs (content/other-sources/). */
  otherSources: EntryLike<OtherSourceData>[];
}

/**
 * Loads content/ (or a fixture folder shaped like it) and returns every problem found. When the
 * folder has its own src/atlas/sites/*.json, those are checked and the content is checked
 * against them; otherwise against the site's atlas.
 */
export function loadContent(root: string): LoadedContent {
  const errors: ContentError[] = [];
  const siteData = loadSites(root);
  if (siteData) errors.push(...siteData.errors);
  const read = <T>(dir: string, collection: string, schema: z.ZodType): EntryLike<T>[] => {
    const rel = `content/${dir}`;
    const abs = join(root, rel);
    const slug = makeSlugger(collection, rel);
    let files: string[] = [];
    try {
      files = readdirSync(abs)
        .filter((f) => /\.mdx?$/.test(f))
        .sort();
    } catch {
      return [];
    }
    const out: EntryLike<T>[] = [];
    for (const f of files) {
      const file = `${rel}/${f}`;
      try {
        const id = slug({ entry: f });
        const { data, body } = splitFrontmatter(readFileSync(join(abs, f), 'utf8'));
        const errs = schemaErrors(file, schema, data);
        errors.push(...errs);
        if (!errs.length) out.push({ id, file, data: schema.parse(data) as T, body });
      } catch (e) {
        if (e instanceof ContentError) errors.push(e);
        else throw e;
      }
    }
    return out;
  };
  const muscles = read<MuscleLike>('muscles', 'muscle', plainMuscleSchema);
  const conditions = read<ConditionLike>('conditions', 'condition', plainConditionSchema);
  const guides = read<GuideLike>('guides', 'guide', plainGuideSchema);
  const otherSources = read<OtherSourceData>('other-sources', 'other source', plainOtherSchema);
  let sources: string[] = [];
  try {
    const raw = parseYaml(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(raw)) {
      errors.push(...schemaErrors(`content/sources.yaml#${key}`, sourceSchema, value));
    }
    sources = Object.keys(raw);
  } catch {
    /* a fixture folder may have no bibliography */
  }
  errors.push(...validateContent({ muscles, conditions, guides, otherSources, sources, sites: siteData && indexSites(siteData.sites) }));
  return { errors, muscles, conditions, guides, otherSources };
}
