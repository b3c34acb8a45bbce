// Turns a pending overlay into a clear error if the background dies before answering
// (see shared/request-watch.ts): one port per pending request, closed on its final state.
import { browser, type Runtime } from '../shared/browser-api';
import type { OverlayUpdate } from '../shared/messages';
import { lostRequestMessage, REQUEST_WATCH_PORT } from '../shared/request-watch';

// null: the connect itself failed; the entry still marks the request as pending.
const ports = new Map<string, Runtime.Port | null>();

export function watchPendingRequest(update: OverlayUpdate, show: (update: OverlayUpdate) => void): void {
  const { requestId } = update;
  if (update.state.kind !== 'loading') {
    const port = ports.get(requestId);
    ports.delete(requestId);
    port?.disconnect();
    return;
  }
  if (ports.has(requestId)) return;
  const lost = () => {
    if (!ports.delete(requestId)) return;
    show({ ...update, state: { kind: 'error', error: { code: 'internal', message: lostRequestMessage() } } });
  };
  try {
    const port = browser.runtime.connect({ name: REQUEST_WATCH_PORT });
    ports.set(requestId, port);
    port.onDisconnect.addListener(lost);
  } catch {
    // The extension context is already gone (reloaded while this script stayed behind).
    ports.set(requestId, null);
    lost();
  }
}
