// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://trigger-point-atlas.org',
  trailingSlash: 'always',
  integrations: [mdx(), svelte(), sitemap()],
  server: { host: '127.0.0.1', port: 4321 },
});
