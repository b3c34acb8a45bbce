/**
 * Right-click → overlay latency through the real extension: the real contextMenus listener
 * is fired in the service worker (`onClicked.dispatch`, as tests/e2e do), and the clock
 * stops when the overlay's result is in the page's DOM (a MutationObserver on the page and
 * on the overlay's open shadow root). Both ends read `performance.timeOrigin + now()`, so
 * no puppeteer round trip is inside the measurement. "Cold" closes the offscreen document
 * first (`chrome.offscreen.closeDocument()`), so the run pays for creating it, loading
 * TF.js, the WASM binary and the model, and the warm-up inference.
 */
import type { Page } from 'puppeteer';
import type { ExtensionSession } from '../../tests/e2e/extension-browser';
import { OFFSCREEN_SUFFIX } from '../../tests/e2e/tensor-count';

declare global {
  interface Window {
    __benchOverlay?: Promise<{ at: number; error: string | null }>;
  }
}

/** Arms a promise in the page that resolves when an overlay shows a result or an error. */
async function armOverlayWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__benchOverlay = new Promise((resolve) => {
      const observers: MutationObserver[] = [];
      const hooked = new WeakSet<Element>();
      const check = () => {
        for (const host of document.querySelectorAll('lung-tissue-classifier-overlay')) {
          const root = host.shadowRoot;
          if (!root) continue;
          if (!hooked.has(host)) {
            hooked.add(host);
            watch(root);
          }
          const hit = root.querySelector('[data-testid="ltc-top-class"], [data-testid="ltc-error"]');
          if (hit) {
            const at = performance.timeOrigin + performance.now();
            observers.forEach((o) => o.disconnect());
            resolve({ at, error: hit.matches('[data-testid="ltc-error"]') ? hit.textContent : null });
            return;
          }
        }
      };
      function watch(node: Node) {
        const o = new MutationObserver(check);
        o.observe(node, { childList: true, subtree: true, characterData: true });
        observers.push(o);
      }
      watch(document.documentElement);
      check();
    });
  });
}

async function closeOverlays(page: Page): Promise<void> {
  for (let i = 0; i < 5 && (await page.$('lung-tissue-classifier-overlay')); i++) await page.keyboard.press('Escape');
}

/**
 * Where a cold click's time went: ms from the click to each `host:…` mark of the model host
 * (src/model-host/model-host.ts) and to the document's own start (`document`), read from the
 * offscreen document's clock (timeOrigin-based, like both ends of the click).
 */
export type ColdSteps = Record<string, number>;

async function hostMarks(session: ExtensionSession, startedAt: number): Promise<ColdSteps> {
  const target = await session.browser.waitForTarget((t) => t.url().includes(OFFSCREEN_SUFFIX), { timeout: 2_000 });
  const host = await target.asPage();
  const marks = await host.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('host:')).map((m) => [m.name.slice(5), m.startTime] as const),
  }));
  const steps: ColdSteps = { document: marks.origin - startedAt };
  for (const [name, at] of marks.marks) steps[name] ??= marks.origin + at - startedAt;
  return steps;
}

/**
 * One measured click on `selector`: milliseconds from dispatch to result in the DOM, and for
 * a cold click the model host's steps on the same clock.
 */
export async function timeRightClick(session: ExtensionSession, page: Page, selector: string, cold: boolean): Promise<{ ms: number; steps?: ColdSteps }> {
  await closeOverlays(page);
  if (cold) {
    await session.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
    await new Promise((r) => setTimeout(r, 300));
  }
  await page.click(selector, { button: 'right' }); // the content script remembers the element
  const srcUrl = await page.$eval(selector, (img) => (img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src);
  await armOverlayWatch(page);
  const startedAt = await session.worker.evaluate(async (src, url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (!tab) throw new Error(`no tab with ${url}`);
    const t0 = performance.timeOrigin + performance.now();
    (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: object): void }).dispatch(
      { menuItemId: 'classify-tissue', srcUrl: src, frameId: 0, pageUrl: url, mediaType: 'image', editable: false },
      tab,
    );
    return t0;
  }, srcUrl, page.url());
  const shown = await page.evaluate(() => window.__benchOverlay!);
  if (shown.error) throw new Error(`the overlay shows an error: ${shown.error}`);
  const ms = shown.at - startedAt;
  return cold ? { ms, steps: await hostMarks(session, startedAt) } : { ms };
}
