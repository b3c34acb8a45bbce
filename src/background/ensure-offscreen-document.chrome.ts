/**
 * Creates the offscreen document that hosts the model, once. Concurrent creation throws
 * "Only a single offscreen document may be created", so one in-flight promise is shared
 * and `runtime.getContexts` tells whether a document already exists (e.g. after the
 * service worker restarted). Returns true if it had to be created (cold start).
 * With `preload`, a document created now starts loading the model for that backend at once
 * (src/model-host/main.ts), so a click's image is read while the model loads.
 */
import type { BackendPreference } from '../shared/messages';

export const OFFSCREEN_PATH = 'src/model-host/index.html';

let creating: Promise<boolean> | null = null;

async function exists(): Promise<boolean> {
  // Any offscreen document of ours (one per extension): its URL may carry ?preload=….
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] });
  return contexts.length > 0;
}

export function ensureOffscreenDocument(preload?: BackendPreference): Promise<boolean> {
  creating ??= (async () => {
    try {
      if (await exists()) return false;
      await chrome.offscreen.createDocument({
        url: preload ? `${OFFSCREEN_PATH}?preload=${preload}` : OFFSCREEN_PATH,
        reasons: [chrome.offscreen.Reason.WORKERS],
        justification: 'Runs the tissue classification model (TensorFlow.js on WebGPU or WebAssembly).',
      });
      return true;
    } finally {
      creating = null;
    }
  })();
  return creating;
}
