/** The finder's dermatome overlay (src/lib/dermatomes.ts), fetched when it is first switched on. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { dermatomeViews } from '../../lib/dermatomes';

export const GET: APIRoute = async () => {
  const { otherSources } = await getSite();
  return new Response(JSON.stringify(dermatomeViews(otherSources)), { headers: { 'Content-Type': 'application/json' } });
};
