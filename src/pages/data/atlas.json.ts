/**
 * The body atlas as open data: regions (id, label, lay synonyms, body area, laterality) and
 * the groups that keep split ids valid, trigger point landmarks, and each view's geometry as
 * SVG path data (figure, surface-anatomy lines, region by region).
 * The finder loads its other views from here. Licence: CC BY 4.0.
 */
import type { APIRoute } from 'astro';
import { LANDMARKS, REGIONS, VIEW_IDS } from '../../atlas';
import { buildMaps } from '../../lib/maps';
import { expandRegion } from '../../lib/zones';
import { ATLAS_SCHEMA_VERSION } from '../../schemas/open-data';

export const GET: APIRoute = () => {
  const views = buildMaps({ zones: new Map(), crop: false, views: VIEW_IDS });
  const body = {
    schemaVersion: ATLAS_SCHEMA_VERSION,
    licence: 'CC-BY-4.0',
    source: 'https://trigger-point-atlas.org/about/',
    sides:
      'Paired regions are drawn on both sides (keys end in |r or |l); midline regions once (|m). Muscles and their landmarks are drawn on the right.',
    regions: REGIONS,
    groups: Object.fromEntries(REGIONS.filter((r) => r.members).map((r) => [r.id, expandRegion(r.id)])),
    landmarks: LANDMARKS,
    views,
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
