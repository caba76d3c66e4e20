/**
 * What a therapist checks first, per muscle, for the finder's quick view (fetched when a result
 * is opened): trigger point sites, palpation and what to rule out.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Muscle } from '../../../lib/content';

export const getStaticPaths: GetStaticPaths = async () => {
  const { muscles } = await getSite();
  return muscles.map((m) => ({ params: { slug: m.id }, props: { muscle: m } }));
};

export const GET: APIRoute = ({ props }) => {
  const m = (props as { muscle: Muscle }).muscle;
  const body = {
    name: m.data.name,
    triggerPoints: m.data.triggerPoints.map((t) => ({ description: t.description })),
    palpation: m.data.palpation,
    differential: m.data.differential,
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
