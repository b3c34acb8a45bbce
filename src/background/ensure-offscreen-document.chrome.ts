/**
 * Creates the offscreen document that hosts the model, once. Concurrent creation throws
 * "Only a single offscreen document may be created", so one in-flight promise is shared
 * and `runtime.getContexts` tells whether a document already exists (e.g. after the
 * service worker restarted). Returns true if it had to be created (cold start).
 */
export const OFFSCREEN_PATH = 'src/model-host/index.html';

let creating: Promise<boolean> | null = null;

async function exists(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  return contexts.length > 0;
}

export function ensureOffscreenDocument(): Promise<boolean> {
  creating ??= (async () => {
    try {
      if (await exists()) return false;
      await chrome.offscreen.createDocument({
        url: OFFSCREEN_PATH,
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
