/**
 * The site's single way to read content: loads the collections once per build, checks the
 * links between entries (failing the build with file, field and fix) and builds the graph.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type ReferralGraph } from './graph';
import { assertValid, validateContent } from './validate';

export type Muscle = CollectionEntry<'muscles'>;
export type Condition = CollectionEntry<'conditions'>;
type Source = CollectionEntry<'sources'>;
export type Guide = CollectionEntry<'guides'>;
export type OtherSource = CollectionEntry<'otherSources'>;

export interface Site {
  muscles: Muscle[];
  conditions: Condition[];
  guides: Guide[];
  /** Nerve roots, nerves, joints and organs that can produce pain where muscles refer it. */
  otherSources: OtherSource[];
  otherSourceById: Map<string, OtherSource>;
  sources: Map<string, Source>;
  muscleById: Map<string, Muscle>;
  conditionById: Map<string, Condition>;
  graph: ReferralGraph;
}

let site: Promise<Site> | undefined;

const fileOf = (e: { filePath?: string; id: string }, dir: string) => e.filePath ?? `content/${dir}/${e.id}.mdx`;

async function load(): Promise<Site> {
  const [muscles, conditions, guides, otherSources, sourceList] = await Promise.all([
    getCollection('muscles'),
    getCollection('conditions'),
    getCollection('guides'),
    getCollection('otherSources'),
    getCollection('sources'),
  ]);
  guides.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  muscles.sort((a, b) => a.data.name.localeCompare(b.data.name));
  conditions.sort((a, b) => a.data.name.localeCompare(b.data.name));
  otherSources.sort((a, b) => a.data.name.localeCompare(b.data.name));
  assertValid(
    validateContent({
      muscles: muscles.map((m) => ({ id: m.id, file: fileOf(m, 'muscles'), data: m.data, body: m.body })),
      conditions: conditions.map((c) => ({ id: c.id, file: fileOf(c, 'conditions'), data: c.data, body: c.body })),
      guides: guides.map((g) => ({ id: g.id, file: fileOf(g, 'guides'), data: g.data, body: g.body })),
      otherSources: otherSources.map((o) => ({ id: o.id, file: fileOf(o, 'other-sources'), data: o.data, body: o.body })),
      sources: sourceList.map((s) => s.id),
    }),
  );
  return {
    muscles,
    conditions,
    guides,
    otherSources,
    otherSourceById: new Map(otherSources.map((o) => [o.id, o])),
    sources: new Map(sourceList.map((s) => [s.id, s])),
    muscleById: new Map(muscles.map((m) => [m.id, m])),
    conditionById: new Map(conditions.map((c) => [c.id, c])),
    graph: buildGraph(muscles, conditions),
  };
}

export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
