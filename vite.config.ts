import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, normalizePath, type Plugin } from 'vite';
import { buildTarget, manifestFor } from './manifest.config';

const root = import.meta.dirname;
const target = buildTarget();
// BENCH=1: the Chrome build plus a benchmark page (src/bench/), written to dist/chrome-bench
// so that the shipped build never contains it. Used by `npm run bench` only.
const bench = process.env.BENCH === '1' && target === 'chrome';

/** Bundles the model files and TF.js's single-threaded WASM binaries as extension files. */
function bundleStaticFiles(): Plugin {
  const wasmDir = resolve(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  const modelDir = resolve(root, process.env.MODEL_DIR ?? 'model');
  return {
    name: 'bundle-static-files',
    generateBundle() {
      // Only the non-threaded builds: the threaded one cannot run under the MV3 CSP.
      for (const file of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm']) {
        this.emitFile({ type: 'asset', fileName: `wasm/${file}`, source: readFileSync(join(wasmDir, file)) });
      }
      for (const file of readdirSync(modelDir)) {
        if (file === 'model.json' || file === 'metadata.json' || file.endsWith('.bin')) {
          this.emitFile({ type: 'asset', fileName: `model/${file}`, source: readFileSync(join(modelDir, file)) });
        }
      }
    },
  };
}

/**
 * The English messages the i18n fallback reads (src/shared/i18n.ts) ship without what only
 * translators need (descriptions, examples): about half the file, in every context's bundle.
 */
function leanEnglishMessages(): Plugin {
  const file = normalizePath(resolve(root, '_locales/en/messages.json'));
  return {
    name: 'lean-english-messages',
    enforce: 'pre',
    load(id) {
      if (id !== file) return null;
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
      const lean = Object.fromEntries(Object.entries(messages).map(([key, { message, placeholders }]) => [key, placeholders
        ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, p]) => [name, { content: p.content }])) }
        : { message }]));
      return JSON.stringify(lean);
    },
  };
}

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [crx({ manifest: manifestFor(target), browser: target }), bundleStaticFiles(), leanEnglishMessages()],
  resolve: {
    // The one browser-specific seam of the background: where the model runs. Chrome: an
    // offscreen document; Firefox: the event page itself. tsconfig's `paths` mirrors this.
    alias: { '#inference-host': resolve(root, `src/background/inference-host.${target}.ts`) },
  },
  build: {
    // OUT_DIR: a build with another model (MODEL_DIR) that must not replace dist/<target>,
    // e.g. the imported-model end-to-end test.
    outDir: process.env.OUT_DIR ?? (bench ? 'dist/chrome-bench' : `dist/${target}`),
    emptyOutDir: true,
    target: 'es2022',
    // TF.js is large by nature; one chunk per page is what we want.
    chunkSizeWarningLimit: 4096,
    // Pages not named in the manifest are listed here: the offscreen document (Chrome
    // only; Firefox has none), the tile map page and the model card page (both; opened
    // with tabs.create), and the result card framed into web pages (both).
    rollupOptions: {
      input: {
        ...(target === 'chrome' ? { offscreen: 'src/model-host/index.html' } : {}),
        tilemap: 'src/tilemap/index.html',
        'model-card': 'src/model-card/index.html',
        card: 'src/card/index.html',
        ...(target === 'chrome' && bench ? { bench: 'src/bench/index.html' } : {}),
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
