/**
 * A context-menu request is answered by overlay-update messages from the background. If
 * the background dies in between (Chrome stops or restarts the service worker, the
 * extension is reloaded or updated), no message would ever say so and the card would
 * show "Classifying…" forever. So while a request is pending the content script holds a
 * port to the background: the browser disconnects it when the background goes away.
 */
import { t } from './i18n';

export const REQUEST_WATCH_PORT = 'ltc-request-watch';

export const lostRequestMessage = (): string => t('error_lost_request');
