import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The first test of a file that draws maps builds the atlas views (about 6 s alone); on a
    // shared, loaded machine the default 5 s times out although nothing is wrong.
    testTimeout: 30_000,
  },
});
