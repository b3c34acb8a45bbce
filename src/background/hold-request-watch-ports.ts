// Accepts the ports content scripts open while a request is pending (see
// shared/request-watch.ts). Nothing is sent over them: their only job is to disconnect
// when this background goes away. Without a listener a connect fails at once.
import { browser, type Runtime } from '../shared/browser-api';
import { REQUEST_WATCH_PORT } from '../shared/request-watch';

const open = new Set<Runtime.Port>();

export function holdRequestWatchPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    // Only our own content scripts (same extension id) may hold one.
    if (port.name !== REQUEST_WATCH_PORT || port.sender?.id !== browser.runtime.id) return;
    open.add(port);
    port.onDisconnect.addListener(() => open.delete(port));
  });
}
