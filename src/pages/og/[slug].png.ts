/**
 * Social preview image of a muscle's referral pattern (1200×630 PNG, for og:image): its two
 * most informative views.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Muscle } from '../../lib/content';
import { mostInformative } from '../../lib/maps';
import { muscleMaps } from '../../lib/muscle-maps';
import { ogPng } from '../../lib/og-image';

export const getStaticPaths: GetStaticPaths = async () => {
  const { muscles } = await getSite();
  return muscles.map((m) => ({ params: { slug: m.id }, props: { muscle: m } }));
};

export const GET: APIRoute = ({ props }) => {
  const m = (props as { muscle: Muscle }).muscle;
  const maps = mostInformative(muscleMaps(m.id, m.data.triggerPoints), 2);
  return new Response(new Uint8Array(ogPng(maps, m.data.name)), { headers: { 'Content-Type': 'image/png' } });
};
