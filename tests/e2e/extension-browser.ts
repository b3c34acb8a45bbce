/**
 * Launches Chromium with the built extension and gives tests handles on its parts:
 * the service worker (to fire the context-menu listener as the menu does), extension
 * pages (popup), and web pages with the overlay.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer';
import type { Classification } from '../../src/core/types';
import type { BackendPreference } from '../../src/shared/messages';
import { cardFrameIds, closedShadowTexts, evaluateInCard, evaluateInFirefoxCard, firefoxCardContexts } from './card-frames';
import { findChromium } from './find-browser';

export const DIST = resolve(import.meta.dirname, '../../dist/chrome');

export interface ExtensionSession {
  browser: Browser;
  worker: WebWorker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { webgpu?: boolean; headless?: boolean; dist?: string } = {}): Promise<ExtensionSession> {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    pipe: true,
    enableExtensions: [opts.dist ?? DIST],
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
      ...(opts.webgpu ? ['--enable-unsafe-webgpu'] : []),
    ],
  });
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  const worker = (await target.worker())!;
  // The worker's target can be reported before the extension APIs are bound in it; an
  // evaluate() then fails with "chrome is not defined". Wait until they are there.
  for (let i = 0; ; i++) {
    const ready = await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.storage?.local).catch(() => false);
    if (ready) break;
    if (i === 100) throw new Error('the extension service worker never got its chrome.* APIs');
    await new Promise((r) => setTimeout(r, 100));
  }
  const extensionId = new URL(target.url()).host;
  return { browser, worker, extensionId, close: () => browser.close() };
}

export async function setBackend(worker: WebWorker, backend: BackendPreference): Promise<void> {
  await worker.evaluate((b) => chrome.storage.local.set({ backend: b }), backend);
}

/** Fires the real contextMenus.onClicked listener for an image, as a right-click + menu choice does. */
export async function clickClassifyTissue(session: ExtensionSession, page: Page, selector: string): Promise<void> {
  await page.click(selector, { button: 'right' }); // lets the content script remember the element
  const srcUrl = await page.$eval(selector, (img) => (img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src);
  const pageUrl = page.url();
  await session.worker.evaluate(
    async (src, url) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab with ${url}`);
      // Undocumented but real: dispatch() runs the listeners registered with addListener.
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: object): void }).dispatch(
        { menuItemId: 'classify-tissue', srcUrl: src, frameId: 0, pageUrl: url, mediaType: 'image', editable: false },
        tab,
      );
    },
    srcUrl,
    pageUrl,
  );
}

const RESULT = '[data-testid="ltc-top-class"], [data-testid="ltc-error"]';

/**
 * Waits until card `index` of the page (in the order opened) shows a result or an error;
 * returns its text. A card whose extension went away shows only a text message in its
 * host (src/content/card-frame.ts): that counts as an error.
 */
export async function waitForOverlayText(page: Page, index: number, timeout = 60_000): Promise<{ announcement: string; error: string | null }> {
  const until = Date.now() + timeout;
  const cdp = (await page.browser().version()).includes('Chrom'); // Chromium speaks CDP; Firefox here WebDriver BiDi
  const script = `(() => {
    if (!document.querySelector(${JSON.stringify(RESULT)})) return null;
    return {
      announcement: document.querySelector('[data-testid="ltc-announcement"]')?.textContent ?? '',
      error: document.querySelector('[data-testid="ltc-error"]')?.textContent ?? null,
    };
  })()`;
  type Found = { announcement: string; error: string | null } | null;
  for (;;) {
    // Chromium: raw CDP (see cardFrameIds); Firefox: WebDriver BiDi (see firefoxCardContexts).
    const frame = cdp ? (await cardFrameIds(page).catch(() => []))[index] : (await firefoxCardContexts(page).catch(() => []))[index];
    const found = frame && (await (cdp ? evaluateInCard<Found>(page, frame, script) : evaluateInFirefoxCard<Found>(page, frame, script)).catch(() => null));
    if (found) return found;
    const orphaned = cdp && !frame && (await page.$$eval('lung-tissue-classifier-overlay', (h) => h.length)) > index ? (await closedShadowTexts(page))[index] : '';
    if (orphaned) return { announcement: '', error: orphaned };
    if (Date.now() > until) throw new Error(`card ${index} showed no result within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Classifies a file through the real extension messaging from an extension page. */
export async function classifyViaRuntime(page: Page, base64: string, mimeType: string, name: string): Promise<Classification> {
  return page.evaluate(
    async (b, m, n) => {
      const reply = (await chrome.runtime.sendMessage({ type: 'classify-image', target: 'background', request: { image: { base64: b, mimeType: m, name: n } } })) as
        { ok: true; value: Classification } | { ok: false; error: { message: string } };
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    },
    base64,
    mimeType,
    name,
  );
}
