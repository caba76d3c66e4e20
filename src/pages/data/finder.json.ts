/** The finder's data, derived from the content at build time. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { finderData } from '../../lib/finder-data';

export const GET: APIRoute = async () => {
  const { muscles, conditions, otherSources, graph } = await getSite();
  const data = finderData(muscles, conditions, (id) => (graph.musclesOfCondition.get(id) ?? []).map((l) => l.muscle), otherSources);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
