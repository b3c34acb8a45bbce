// While a request is pending, the content script holds a port to the background: if the
// background dies (stopped, reloaded, updated) the browser disconnects it, and the card says so
// instead of "Classifying…" forever.
import { t } from './i18n';

export const REQUEST_WATCH_PORT = 'ltc-request-watch';

export const lostRequestMessage = (): string => t('error_lost_request');
