import { defineConfig } from 'vitest/config';

// Browser end-to-end tests against the built extension (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false, // one browser at a time on a 2-core machine
  },
});
