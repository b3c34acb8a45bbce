/**
 * Launches headless Firefox (WebDriver BiDi) with the built extension (dist/firefox) and
 * gives tests handles on it. The moz-extension:// UUID is random per profile, so the test
 * profile pins it with a pref to know the popup's address.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { GECKO_ID } from '../../manifest.config';
import type { Classification } from '../../src/core/types';
import type { OverlayState } from '../../src/shared/messages';
import { findFirefox } from './find-browser';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
/** Any fixed UUID will do; this one only exists in test profiles. */
export const EXTENSION_UUID = '3f9b6c1e-5a2d-4e8f-9b7c-2d1e0a6f4c35';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** Opens an extension page (e.g. 'src/popup/index.html') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** `dist`: another Firefox build than dist/firefox (the wake benchmark compares two). */
export async function launchFirefoxWithExtension(opts: { idleTimeoutMs?: number; dist?: string } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it (test only).
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // How long an idle event page lives (default 30 s); shortened to test suspension.
      ...(opts.idleTimeoutMs ? { 'extensions.background.idle.timeout': opts.idleTimeoutMs } : {}),
    },
  });
  await browser.installExtension(opts.dist ?? FIREFOX_DIST);
  return {
    browser,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}`;
      // The tab moves to the extension process and puppeteer (24.x, BiDi) never sees the
      // navigation finish, although the page loads: poll the document instead of awaiting.
      void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      await waitForDocument(page, url);
      return page;
    },
    close: () => browser.close(),
  };
}

async function waitForDocument(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load within ${timeoutMs / 1000} s`);
}

/**
 * Runs the real "Classify tissue" handler for an image on `page`, as the menu would.
 * Firefox has no `onClicked.dispatch`, so an extension page calls the handler the event
 * page exposes on its global, through `runtime.getBackgroundPage()` (which also wakes a
 * suspended event page). `extensionPage` must be a moz-extension:// page.
 */
export async function clickClassifyTissueFirefox(extensionPage: Page, page: Page, selector: string): Promise<OverlayState> {
  await page.click(selector, { button: 'right' }); // lets the content script remember the element
  const srcUrl = await page.$eval(selector, (img) => (img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src);
  const json = await extensionPage.evaluate(
    async (src, url) => {
      type Classify = (info: object, tab: object) => Promise<unknown>;
      const ext = (globalThis as unknown as { browser: typeof chrome & { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
      const tab = (await ext.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab with ${url}`);
      const bg = (await ext.runtime.getBackgroundPage()) as Window & { classifyFromContextMenu?: Classify };
      if (!bg.classifyFromContextMenu) throw new Error('the background page does not expose classifyFromContextMenu');
      const state = await bg.classifyFromContextMenu({ menuItemId: 'classify-tissue', srcUrl: src, frameId: 0, pageUrl: url }, tab);
      return JSON.stringify(state);
    },
    srcUrl,
    page.url(),
  );
  return JSON.parse(json) as OverlayState;
}

/**
 * Classifies a file through the real extension messaging from an extension page. The
 * reply crosses back as JSON: objects the extension's message layer hands to the page are
 * wrapped, and WebDriver BiDi serialises such wrappers as empty objects.
 */
export async function classifyViaRuntimeFirefox(page: Page, base64: string, mimeType: string, name: string): Promise<Classification> {
  const json = await page.evaluate(
    async (b, m, n) => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const reply = (await ext.runtime.sendMessage({ type: 'classify-image', target: 'background', request: { image: { base64: b, mimeType: m, name: n } } })) as
        { ok: true; value: unknown } | { ok: false; error: { message: string } };
      if (!reply.ok) throw new Error(reply.error.message);
      return JSON.stringify(reply.value);
    },
    base64,
    mimeType,
    name,
  );
  return JSON.parse(json) as Classification;
}
