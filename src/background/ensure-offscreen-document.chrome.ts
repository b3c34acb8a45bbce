// Creates the model host's offscreen document once: concurrent creation throws, so one
// in-flight promise is shared and `runtime.getContexts` finds a document a previous worker
// made. With `preload` the new document starts loading the model while the click's image is read.
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
