/**
 * The site's social preview image (1200×630 PNG), for pages without a pattern of their own:
 * the name and what the atlas holds, beside two classic referral patterns on whole-body views.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { muscleMaps } from '../../lib/muscle-maps';
import { SITE_IMAGE_PATTERNS } from '../../lib/meta';
import { ogPng } from '../../lib/og-image';

export const GET: APIRoute = async () => {
  const { muscles, conditions } = await getSite();
  const maps = SITE_IMAGE_PATTERNS.map(({ muscle, view }) => {
    const m = muscles.find((x) => x.id === muscle);
    if (!m)
      throw new Error(
        `src/lib/meta.ts: SITE_IMAGE_PATTERNS names muscle "${muscle}", which does not exist. Fix: pick a muscle from content/muscles/.`,
      );
    const map = muscleMaps(m.id, m.data.triggerPoints, { crop: false }).find((x) => x.view === view);
    if (!map) throw new Error(`src/lib/meta.ts: the ${muscle} pattern shows nothing on the ${view} view. Fix: pick the view that shows it.`);
    return map;
  });
  const png = ogPng(maps, 'Trigger Point Atlas', {
    heading: ['Trigger Point', 'Atlas'],
    lines: ['Where trigger points refer pain:', `${muscles.length} muscles, ${conditions.length} conditions,`, 'palpation and self-care.'],
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
