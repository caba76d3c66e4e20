/** The words the finder knows (places, conditions, symptoms, muscle names), for the search box's typo correction. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { finderData } from '../../lib/finder-data';
import { buildIndex } from '../../lib/finder-query';
import { fold } from '../../lib/text';

export const GET: APIRoute = async () => {
  const { muscles, conditions, graph } = await getSite();
  const index = buildIndex(finderData(muscles, conditions, (id) => (graph.musclesOfCondition.get(id) ?? []).map((l) => l.muscle)));
  const names = muscles.flatMap((m) => [m.data.name, ...m.data.otherNames]).flatMap((n) => fold(n).split(' '));
  const words = [...new Set([...index.words.vocabulary.keys(), ...names])].filter((w) => /^[a-z]{4,}$/.test(w)).sort();
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
