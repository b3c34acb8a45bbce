import { defineConfig } from 'vitest/config';

// Unit and Node model tests only; browser end-to-end tests run through tests/e2e/run.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/node/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
