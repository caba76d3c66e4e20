/** The other sources of pain as open data (CC BY 4.0); shape in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { openCitation as cite, refId } from '../../lib/validate';

type Place = string | { region: string; side: 'left' | 'right' };
const place = (p: Place) => (typeof p === 'string' ? { region: p, side: 'both' as const } : p);

export const GET: APIRoute = async () => {
  const { otherSources } = await getSite();
  const body = {
    licence: 'CC-BY-4.0',
    source: 'https://trigger-point-atlas.org/about/',
    otherSources: otherSources.map((o) => ({
      id: o.id,
      url: `/other-sources/${o.id}/`,
      name: o.data.name,
      kind: o.data.kind,
      ...(o.data.level ? { level: o.data.level } : {}),
      aliases: o.data.aliases,
      summary: o.data.summary,
      essential: o.data.refers.essential.map(place),
      occasional: o.data.refers.occasional.map(place),
      tellsApart: o.data.tellsApart,
      action: o.data.action,
      redFlags: o.data.redFlags,
      muscles: o.data.muscles.map((m) => refId(m)),
      sources: o.data.sources.map(cite),
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
