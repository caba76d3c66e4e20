// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind';
import { serviceWorker } from './src/integrations/service-worker';
import { CSP_DIRECTIVES, CSP_INLINE_SCRIPTS, CSP_INLINE_STYLES, CSP_SCRIPT_RESOURCES, cspHash } from './src/lib/csp';
import { lastmodResolver } from './src/lib/lastmod';

const lastmod = lastmodResolver(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: 'https://trigger-point-atlas.org',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    svelte(),
    sitemap({
      // Data files, images and the search page (which only repeats what the index holds) stay out.
      filter: (page) => !/\/(data|maps|og|icons|offline)\/|\/search\/$/.test(page),
      serialize: (item) => {
        const date = lastmod(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    pagefind(),
    serviceWorker(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  // Keep the search script an external, cacheable file: Astro would inline it (it is small), and
  // the inlined copy loses the helper its runtime import of /pagefind/pagefind.js needs.
  vite: {
    build: { assetsInlineLimit: 0 },
    // See src/lib/d3-transition-lite.ts: d3-zoom without the animation stack.
    resolve: { alias: [{ find: /^d3-transition$/, replacement: fileURLToPath(new URL('./src/lib/d3-transition-lite.ts', import.meta.url)) }] },
  },
  build: { inlineStylesheets: 'always' },
  // A strict same-origin policy with hashes, no 'unsafe-inline' (src/lib/csp.ts).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: CSP_SCRIPT_RESOURCES, hashes: CSP_INLINE_SCRIPTS.map(cspHash) },
      styleDirective: { hashes: CSP_INLINE_STYLES.map(cspHash) },
    },
  },
});
