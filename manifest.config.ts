import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

/** Which browser a build is for; `TARGET=firefox vite build` selects Firefox. */
export type BuildTarget = 'chrome' | 'firefox';

export function buildTarget(env: NodeJS.ProcessEnv = process.env): BuildTarget {
  const target = env.TARGET ?? 'chrome';
  if (target !== 'chrome' && target !== 'firefox') throw new Error(`TARGET must be chrome or firefox, not "${target}"`);
  return target;
}

/** Stable add-on id: AMO ties updates, storage and the moz-extension UUID mapping to it. */
export const GECKO_ID = 'lung-tissue-classifier@example.org';

const icons = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };
const BACKGROUND_ENTRY = 'src/background/index.ts';

export function manifestFor(target: BuildTarget) {
  const firefox = target === 'firefox';
  return defineManifest({
    manifest_version: 3,
    // Name, description and titles come from _locales/<locale>/messages.json (the stores read
    // the translations from there too); crxjs copies _locales when default_locale is set.
    default_locale: 'en',
    name: '__MSG_ext_name__',
    short_name: '__MSG_ext_short_name__',
    version: pkg.version,
    description: '__MSG_ext_description__',
    icons,
    action: { default_popup: 'src/popup/index.html', default_title: '__MSG_action_title__', default_icon: icons },
    // Firefox has no MV3 service workers for extensions but an event page with a DOM,
    // which hosts the model itself (src/background/inference-host.firefox.ts).
    background: firefox ? { scripts: [BACKGROUND_ENTRY], type: 'module' } : { service_worker: BACKGROUND_ENTRY, type: 'module' },
    // Options page in a tab in both browsers (Chrome's embedded options dialog is cramped at 200 % zoom).
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    // Keyboard access without a pointer: classify the focused (or hovered) image, or drag a
    // rectangle over anything visible (src/background/register-region-capture.ts).
    commands: {
      'classify-hovered-image': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_classify_hovered__',
      },
      'start-region-capture': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_command_region__' },
    },
    content_scripts: [
      { matches: ['<all_urls>'], js: ['src/content/main.ts'], run_at: 'document_idle', all_frames: true },
    ],
    // The result card is this extension page, framed beside the image: pages can load it
    // (that is what lets it sit in a page) but cannot read it, click it or speak for it.
    web_accessible_resources: [{ resources: ['src/card/index.html'], matches: ['<all_urls>'] }],
    // contextMenus: the "Classify tissue" item. offscreen (Chrome only; Firefox has no such
    // API and runs the model in its background page): the page that hosts the model.
    // storage: the backend setting. scripting: add the overlay script to tabs opened before
    // install. <all_urls>: read the image you right-click at full
    // resolution from any site (no CORS), and show the result beside it.
    permissions: firefox ? ['contextMenus', 'storage', 'scripting'] : ['contextMenus', 'offscreen', 'storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    // 'wasm-unsafe-eval' lets TF.js compile its bundled WebAssembly; nothing else is allowed.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 (the older of the two supported ESRs): the first release that shows
              // data_collection_permissions in its install prompt (AMO requires the key
              // for new add-ons; 127 and older reject it). The rest came earlier: MV3
              // (109), event pages (106), host_permissions granted at install (127).
              strict_min_version: '140.0',
              // Nothing leaves the device: images are classified locally.
              data_collection_permissions: { required: ['none'] },
            },
            // Not a claim of Android support (Firefox for Android has no context menus): it
            // only states that an Android build old enough not to know
            // data_collection_permissions (before 142) is not a target either, as
            // addons-linter asks (docs/STORE_LINT.md).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  });
}
