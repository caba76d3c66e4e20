/** The referral graph as open data (CC BY 4.0); shape in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { openCitation as cite } from '../../lib/validate';
import type { ZoneInput } from '../../lib/zones';

const zone = (z: ZoneInput) => (typeof z === 'string' ? { region: z, side: 'same' as const } : { region: z.region, side: z.side ?? 'same' });

export const GET: APIRoute = async () => {
  const { muscles, conditions, sources, graph } = await getSite();
  const body = {
    licence: 'CC-BY-4.0',
    source: 'https://trigger-point-atlas.org/about/',
    muscles: muscles.map((m) => ({
      id: m.id,
      url: `/muscles/${m.id}/`,
      name: m.data.name,
      otherNames: m.data.otherNames,
      area: m.data.area,
      prevalence: m.data.prevalence,
      ids: { ...m.data.ids, wikidata: m.data.ids.wikidata ? [m.data.ids.wikidata].flat() : [] },
      triggerPoints: m.data.triggerPoints.map((tp) => ({
        id: tp.id,
        landmark: tp.landmark,
        description: tp.description,
        essential: tp.referral.essential.map(zone),
        spillover: tp.referral.spillover.map(zone),
        source: cite(tp.source),
      })),
      conditions: graph.conditionsOfMuscle.get(m.id) ?? [],
      sources: m.data.sources.map(cite),
    })),
    conditions: conditions.map((c) => ({
      id: c.id,
      url: `/conditions/${c.id}/`,
      name: c.data.name,
      synonyms: [...c.data.laySynonyms, ...c.data.clinicalSynonyms],
      painRegions: c.data.painRegions,
      muscles: (graph.musclesOfCondition.get(c.id) ?? []).map((l) => l.muscle),
    })),
    sources: Object.fromEntries([...sources].map(([id, s]) => [id, s.data])),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
