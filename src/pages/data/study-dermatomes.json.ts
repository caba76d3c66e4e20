/** The dermatome deck's cards (nerve roots C2 to S2), apart from /data/study.json: loaded only for those cards. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { studyRoots } from '../../lib/study-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ roots: studyRoots(await getSite()) }), { headers: { 'Content-Type': 'application/json' } });
