/** Study mode's decks and cards, derived from the content at build time. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { studyData } from '../../lib/study-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(studyData(await getSite())), { headers: { 'Content-Type': 'application/json' } });
