/**
 * Social preview image of a muscle's referral pattern (1200×630 PNG, for og:image): its two
 * most informative views, drawn by the same map component and rasterised with resvg.
 */
import { Resvg } from '@resvg/resvg-js';
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

const W = 1200;
const H = 630;

export const GET: APIRoute = ({ props }) => {
  const m = (props as { muscle: Muscle }).muscle;
  const maps = mostInformative(muscleMaps(m.id, m.data.triggerPoints), 2);
  const slot = W / maps.length;
  const parts = maps.map((map, i) => {
    const svg = render(ReferralMap, { props: { map, uid: `og${i}`, title: m.data.name, standalone: true } }).body.replace(/<!--[\s\S]*?-->/g, '');
    // Place each map in its slot: the map's own viewBox keeps its proportions.
    return svg.replace('<svg', `<svg x="${i * slot + 20}" y="20" width="${slot - 40}" height="${H - 40}"`);
  });
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#fffdfa"/>${parts.join('')}</svg>`;
  const png = new Resvg(doc, { fitTo: { mode: 'width', value: W } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
