/** Symptom and lay-word records for the search index; read by the Pagefind integration. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { searchRecords } from '../../lib/search-records';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchRecords(await getSite())), { headers: { 'Content-Type': 'application/json' } });
