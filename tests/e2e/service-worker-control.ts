/**
 * Chromium: stops the extension's service worker as the browser does when it is idle,
 * and gets a handle on the one that starts next. Puppeteer keeps a DevTools session on
 * the worker it was given; a worker with a session attached stops but never restarts
 * cleanly (messages to it then go unanswered), so that session is detached first.
 */
import type { Browser, Page, Target, WebWorker } from 'puppeteer';

const isExtensionWorker = (url: string) => url.startsWith('chrome-extension://') && url.endsWith('service-worker-loader.js');

export async function stopServiceWorker(browser: Browser, worker: WebWorker, anyPage: Page): Promise<void> {
  await worker.client.detach().catch(() => undefined);
  const cdp = await anyPage.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await serviceWorkerGone(browser);
}

/** Waits until no extension service worker runs (after a stop or a reload). */
export async function serviceWorkerGone(browser: Browser): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (browser.targets().some((t) => t.type() === 'service_worker' && isExtensionWorker(t.url()))) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const currentWorkerTarget = (browser: Browser): Target | undefined =>
  browser.targets().find((t) => t.type() === 'service_worker' && isExtensionWorker(t.url()));

/** The next extension service worker (started by a message, a menu click, a reload), other than `previous`. */
export async function nextServiceWorker(browser: Browser, previous?: Target): Promise<WebWorker> {
  const target = await browser.waitForTarget((t) => t !== previous && t.type() === 'service_worker' && isExtensionWorker(t.url()), { timeout: 30_000 });
  const worker = (await target.worker())!;
  for (let i = 0; i < 100; i++) {
    if (await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.storage?.local).catch(() => false)) return worker;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the restarted service worker never got its chrome.* APIs');
}
