/** Content script: remembers what was right-clicked and shows overlays the background sends. */
import { browser, type Runtime } from '../shared/browser-api';
import { dispatch } from '../shared/dispatch';
import { rememberContextMenuTarget } from './find-image-element';
import { contentHandlers } from './handlers';

document.addEventListener('contextmenu', rememberContextMenuTarget, { capture: true, passive: true });

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only the extension itself may drive the overlay; pages cannot reach this listener,
  // and messages from other extensions' pages carry another id.
  if (sender.id !== browser.runtime.id) return undefined;
  return dispatch('content', contentHandlers, message, {});
});
