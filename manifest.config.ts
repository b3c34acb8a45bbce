import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

const icons = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

export default defineManifest({
  manifest_version: 3,
  name: 'Lung Tissue Classifier',
  short_name: 'Lung tissue',
  version: pkg.version,
  description: 'Classifies lung H&E histopathology images on your device. Research and education only — not for diagnosis.',
  icons,
  action: { default_popup: 'src/popup/index.html', default_title: 'Classify lung tissue', default_icon: icons },
  background: { service_worker: 'src/background/index.ts', type: 'module' },
  content_scripts: [
    { matches: ['<all_urls>'], js: ['src/content/main.ts'], run_at: 'document_idle', all_frames: true },
  ],
  // contextMenus: the "Classify tissue" item. offscreen: the page that hosts the model.
  // storage: the backend setting. scripting: add the overlay script to tabs opened before
  // install. <all_urls>: read the image you right-click at full
  // resolution from any site (no CORS), and show the result beside it.
  permissions: ['contextMenus', 'offscreen', 'storage', 'scripting'],
  host_permissions: ['<all_urls>'],
  // 'wasm-unsafe-eval' lets TF.js compile its bundled WebAssembly; nothing else is allowed.
  content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  minimum_chrome_version: '116',
});
