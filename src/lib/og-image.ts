/**
 * Social preview images (1200×630 PNG, for og:image): atlas maps drawn by the same map component
 * and rasterised with resvg, side by side, optionally after a text panel.
 */
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import ReferralMap from '../components/ReferralMap.svelte';
import type { MapData } from './maps';
import { OG_HEIGHT, OG_WIDTH } from './meta';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface OgText {
  /** Large heading lines. */
  heading: readonly string[];
  /** Smaller lines below. */
  lines: readonly string[];
}

/** The maps in equal slots (after the text panel, if any), as a PNG. */
export function ogPng(maps: readonly MapData[], title: string, text?: OgText): Uint8Array {
  const W = OG_WIDTH;
  const H = OG_HEIGHT;
  const textW = text ? 560 : 0;
  const slot = (W - textW) / maps.length;
  const parts = maps.map((map, i) => {
    const svg = render(ReferralMap, { props: { map, uid: `og${i}`, title, standalone: true } }).body.replace(/<!--[\s\S]*?-->/g, '');
    // Place each map in its slot: the map's own viewBox keeps its proportions.
    return svg.replace('<svg', `<svg x="${textW + i * slot + 20}" y="20" width="${slot - 40}" height="${H - 40}"`);
  });
  // Text needs a system font (resvg loads them); DejaVu Sans is on most Linux build machines.
  const font = `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"`;
  const heading = (text?.heading ?? []).map(
    (l, i) => `<text x="64" y="${200 + i * 76}" ${font} font-size="64" font-weight="700" fill="#1d1a17">${esc(l)}</text>`,
  );
  const top = 200 + (text?.heading.length ?? 0) * 76 + 10;
  const lines = (text?.lines ?? []).map((l, i) => `<text x="64" y="${top + i * 44}" ${font} font-size="32" fill="#5c5048">${esc(l)}</text>`);
  const bar = text ? `<rect x="64" y="120" width="96" height="10" fill="#b8321a"/>` : '';
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#fffdfa"/>${bar}${heading.join('')}${lines.join('')}${parts.join('')}</svg>`;
  return new Resvg(doc, { fitTo: { mode: 'width', value: W } }).render().asPng();
}
