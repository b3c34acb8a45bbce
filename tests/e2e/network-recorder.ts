/**
 * Records every network request made in a Chromium session, by every target: service
 * worker, offscreen document, extension pages and web pages (where content scripts run).
 * Each CDP session gets `Network.enable` the moment it is attached — before puppeteer
 * lets a new target run — so a document's first requests are not missed.
 */
import type { Browser, CDPSession } from 'puppeteer';

export interface RecordedRequest {
  url: string;
  /** The document (or worker script) that made the request. */
  documentURL: string;
}

export interface NetworkRecorder {
  requests: RecordedRequest[];
  /** Requests made by extension contexts (chrome-extension:// documents and the worker). */
  fromExtension(extensionId: string): RecordedRequest[];
  /** Requests of any target to anywhere but this machine (127.0.0.1) and browser-internal URLs. */
  offMachine(): string[];
}

export async function recordNetwork(browser: Browser): Promise<NetworkRecorder> {
  const requests: RecordedRequest[] = [];
  const seen = new WeakSet<CDPSession>();
  const watch = (session: CDPSession, fallbackDocument: () => string) => {
    if (seen.has(session)) return;
    seen.add(session);
    session.on('Network.requestWillBeSent', (e) => {
      requests.push({ url: e.request.url, documentURL: e.documentURL || fallbackDocument() });
    });
    session.send('Network.enable').catch(() => undefined); // the target may already be gone
  };
  const root = await browser.target().createCDPSession();
  const connection = root.connection()!;
  connection.on('sessionattached', (session: CDPSession) => watch(session, () => ''));
  // Targets that existed before (the service worker puppeteer attached to at launch).
  for (const target of browser.targets()) {
    if (target.type() === 'service_worker') {
      const worker = await target.worker();
      if (worker) watch(worker.client, () => target.url());
    }
  }
  browser.on('targetcreated', (target) => {
    if (target.type() !== 'service_worker') return;
    void target.worker().then((w) => w && watch(w.client, () => target.url()), () => undefined);
  });
  return {
    requests,
    fromExtension: (id) => requests.filter((r) => r.documentURL.startsWith(`chrome-extension://${id}/`)),
    offMachine: () => requests
      .filter((r) => !/^(chrome-extension|data|blob|about|chrome):/.test(r.url) && new URL(r.url).hostname !== '127.0.0.1')
      .map((r) => `${r.documentURL} → ${r.url}`),
  };
}

/**
 * The privacy rule of a run against the hardening server: extension contexts fetched only
 * their own files, data:/blob: URLs and that server's images; nothing left the machine.
 * Returns the violations (empty when the rule holds) and whether the worker's downloads were seen at all.
 */
export function privacyViolations(recorder: NetworkRecorder, extensionId: string, server: { origin: string; crossOrigin: string }) {
  const own = `chrome-extension://${extensionId}/`;
  const allowed = (url: string) => url.startsWith(own) || /^(data|blob):/.test(url)
    || url.startsWith(`${server.origin}/bad/`) || url.startsWith(`${server.origin}/images/`) || url.startsWith(`${server.crossOrigin}/images/`);
  const fromExtension = recorder.fromExtension(extensionId);
  return {
    sawDownloads: fromExtension.some((r) => r.url.startsWith(`${server.origin}/`)),
    notAllowed: fromExtension.filter((r) => !allowed(r.url)).map((r) => r.url),
    offMachine: recorder.offMachine(),
  };
}
