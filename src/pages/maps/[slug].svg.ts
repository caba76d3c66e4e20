/**
 * A muscle's referral pattern as a standalone SVG image (its most informative view), used as
 * a thumbnail by the finder. Rendered by the same Svelte map component as the pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'svelte/server';
import ReferralMap from '../../components/ReferralMap.svelte';
import { getSite, type Muscle } from '../../lib/content';
import { mostInformative } from '../../lib/maps';
import { muscleMaps } from '../../lib/muscle-maps';

export const getStaticPaths: GetStaticPaths = async () => {
  const { muscles } = await getSite();
  return muscles.map((m) => ({ params: { slug: m.id }, props: { muscle: m } }));
};

export const GET: APIRoute = ({ props }) => {
  const m = (props as { muscle: Muscle }).muscle;
  const [map] = mostInformative(muscleMaps(m.id, m.data.triggerPoints), 1);
  const { body } = render(ReferralMap, {
    props: { map: map!, uid: 'm', title: `Referral pattern of the ${m.data.name.toLowerCase()}`, standalone: true, compact: true },
  });
  const svg = body.replace(/<!--[\s\S]*?-->/g, '').trim();
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
