import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The atlas tests build every view (seconds each on a busy 2-core machine): allow for it.
    testTimeout: 30_000,
  },
});
