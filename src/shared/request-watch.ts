/**
 * A context-menu request is answered by overlay-update messages from the background. If
 * the background dies in between (Chrome stops or restarts the service worker, the
 * extension is reloaded or updated), no message would ever say so and the card would
 * show "Classifying…" forever. So while a request is pending the content script holds a
 * port to the background: the browser disconnects it when the background goes away.
 */
export const REQUEST_WATCH_PORT = 'ltc-request-watch';

export const LOST_REQUEST_MESSAGE =
  'The extension stopped before the result arrived (it was restarted or updated). Right-click the image and choose Classify tissue again.';
