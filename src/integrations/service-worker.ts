/**
 * Offline for the clinic: once the site is written (and Pagefind has written its index), Workbox
 * generates /sw.js. It precaches the shell, every muscle, condition, guide and other-source page (their maps are
 * inline SVG), the finder with its data, the search index, and the muscles index's thumbnails;
 * other pages (regions, study) are kept as they are visited. A new build changes the precache
 * revisions, so the new worker waits and the page offers to update (src/components/UpdatePrompt.astro).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** What a therapist needs with no signal, relative to dist/. */
const PRECACHE = [
  'index.html',
  '404.html',
  'offline/index.html',
  'about/index.html',
  'finder/index.html',
  'search/index.html',
  'muscles/**/index.html',
  'conditions/**/index.html',
  'guides/**/index.html',
  'other-sources/**/index.html',
  '_astro/**/*.{js,css}',
  'data/finder.json',
  'data/atlas.json',
  'data/dermatomes.json',
  'data/search-words.json',
  'data/quick/*.json',
  'pagefind/**/*',
  'maps/*.svg',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
];

export function serviceWorker(): AstroIntegration {
  return {
    name: 'trigger-point-atlas:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: PRECACHE,
          swDest: join(out, 'sw.js'),
          // The page asks before a new version takes over (SKIP_WAITING from the update prompt).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          // /muscles/x/ is served from muscles/x/index.html.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          runtimeCaching: [
            {
              // Pages not precached (regions, study): fresh when online, kept for offline, and
              // the offline page when neither is there.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: 'pages',
                networkTimeoutSeconds: 4,
                expiration: { maxEntries: 400 },
                precacheFallback: { fallbackURL: '/offline/index.html' },
              },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(data|og|maps)\//.test(url.pathname),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'data', expiration: { maxEntries: 200 } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MiB)`);
      },
    },
  };
}
