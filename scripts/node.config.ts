// Config for running scripts with vite-node: without it vite-node would load
// vite.config.ts, whose extension plugin rewrites dist/chrome in dev-server mode.
import { defineConfig } from 'vite';

export default defineConfig({});
