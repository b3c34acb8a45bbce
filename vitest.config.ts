import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit and Node model tests only; browser end-to-end tests have their own config (vitest.e2e.config.ts, `npm run test:e2e`).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: {
    // Unit tests import modules that import the polyfill, which throws outside an extension.
    alias: {
      'webextension-polyfill': resolve(import.meta.dirname, 'tests/helpers/no-extension-browser.ts'),
      // As in vite.config.ts; unit tests only need the handler registry, not a real host.
      '#inference-host': resolve(import.meta.dirname, 'src/background/inference-host.chrome.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/node/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
