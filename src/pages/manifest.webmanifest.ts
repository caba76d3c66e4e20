/** The web app manifest: the atlas installs as an app that opens on the finder's home page. */
import type { APIRoute } from 'astro';
import { ICONS } from '../lib/icons';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: 'Trigger Point Atlas',
      short_name: 'TrP Atlas',
      description: 'Myofascial trigger points and the pain they refer: maps, a finder and study mode, also offline.',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fffdfa',
      theme_color: '#7a1f0f',
      icons: ICONS.map((i) => ({
        src: `/icons/${i.name}.png`,
        sizes: `${i.size}x${i.size}`,
        type: 'image/png',
        purpose: i.maskable ? 'maskable' : 'any',
      })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
