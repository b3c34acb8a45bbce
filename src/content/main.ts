/** Content script: remembers what was right-clicked and shows overlays the background sends. */
import { browser, type Runtime } from '../shared/browser-api';
import { dispatch } from '../shared/dispatch';
import { senderKind } from '../shared/sender-kind';
import { rememberContextPoint } from './context-target-region';
import { rememberContextMenuTarget } from './find-image-element';
import { contentHandlers } from './handlers';
import { rememberHoveredImage } from './pointer-target';

// The background may inject this script again into tabs opened before install: run once.
const LOADED = Symbol.for('lung-tissue-classifier.content');
const scope = globalThis as typeof globalThis & { [LOADED]?: true };
if (!scope[LOADED]) {
  scope[LOADED] = true;
  document.addEventListener('contextmenu', rememberContextMenuTarget, { capture: true, passive: true });
  document.addEventListener('mouseover', rememberHoveredImage, { capture: true, passive: true });
  document.addEventListener('contextmenu', rememberContextPoint, { capture: true, passive: true });
  browser.runtime.onMessage.addListener(listener);
}

function listener(message: unknown, sender: Runtime.MessageSender) {
  // Only the extension itself may drive the overlay; pages cannot reach this listener,
  // and messages from other extensions' pages carry another id.
  if (sender.id !== browser.runtime.id) return undefined;
  return dispatch('content', contentHandlers, message, { kind: senderKind(sender, browser.runtime.id, browser.runtime.getURL('')) });
}
