/**
 * The app icons of the web app manifest (PNG, rasterised with resvg from one drawing): the
 * trigger point mark, an X on a disc of skin. "maskable" fills the square and keeps the mark
 * inside the central 80 % safe zone that launchers may crop to.
 */
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS, type Icon } from '../../lib/icons';

export const getStaticPaths: GetStaticPaths = () => ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }));

function drawing(maskable: boolean): string {
  // In a 100-unit square: the disc fills it (any purpose), or sits in the safe zone (maskable).
  const r = maskable ? 34 : 47;
  const x = maskable ? 14 : 18;
  const bg = maskable ? '<rect width="100" height="100" fill="#7a1f0f"/>' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${bg}<circle cx="50" cy="50" r="${r}" fill="#f3e6dc" stroke="#7a1f0f" stroke-width="${maskable ? 0 : 5}"/><path d="M${50 - x} ${50 - x}L${50 + x} ${50 + x}M${50 + x} ${50 - x}L${50 - x} ${50 + x}" stroke="#111" stroke-width="${maskable ? 8 : 10}" stroke-linecap="round"/></svg>`;
}

export const GET: APIRoute = ({ props }) => {
  const { size, maskable } = (props as { icon: Icon }).icon;
  const png = new Resvg(drawing(maskable), { fitTo: { mode: 'width', value: size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
