import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles runes in `.svelte.ts` modules (study mode's session and store classes).
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The first test of a file that draws maps builds the atlas views (about 6 s alone); on a
    // shared, loaded machine the default 5 s times out although nothing is wrong.
    testTimeout: 30_000,
  },
});
