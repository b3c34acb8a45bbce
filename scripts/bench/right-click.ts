// Right-click → overlay latency through the real extension: the real contextMenus listener
// is fired in the service worker (`onClicked.dispatch`, as tests/e2e do), and the clock
// stops when the result card shows the answer (the card frame's `card:answer` mark, set
// right after it rendered it; the card is an extension frame the page cannot read). Both
// ends read `performance.timeOrigin + now()`, so no puppeteer round trip is inside the
// measurement. "Cold" closes the offscreen document
// first (`chrome.offscreen.closeDocument()`), so the run pays for creating it, loading
// TF.js, the WASM binary and the model, and the warm-up inference.
import type { Page } from 'puppeteer';
import { cardFrames } from '../../tests/e2e/card-frames';
import type { ExtensionSession } from '../../tests/e2e/extension-browser';
import { OFFSCREEN_SUFFIX } from '../../tests/e2e/tensor-count';

/**
 * Waits for a card frame of the page to show an answer given after `since` (a closed card's
 * frame is kept for the next card, with its old marks); when, on the shared clock, and any error text.
 */
async function cardAnswer(page: Page, since: number, timeout = 60_000): Promise<{ at: number; error: string | null }> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const frame of cardFrames(page)) {
      const answer = await frame.evaluate((after) => {
        const mark = performance.getEntriesByName('card:answer').at(-1);
        if (!mark || performance.timeOrigin + mark.startTime < after) return null;
        return { at: performance.timeOrigin + mark.startTime, error: document.querySelector('[data-testid="ltc-error"]')?.textContent ?? null };
      }, since).catch(() => null);
      if (answer) return answer;
    }
    if (Date.now() > until) throw new Error('no result card showed an answer');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function closeOverlays(page: Page): Promise<void> {
  for (let i = 0; i < 5 && (await page.$('lung-tissue-classifier-overlay:not([hidden])')); i++) await page.keyboard.press('Escape');
}

/**
 * Where a cold click's time went: ms from the click to each `host:…` mark of the model host
 * (src/model-host/classifier-cache.ts) and to the document's own start (`document`), read from the
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
  const shown = await cardAnswer(page, startedAt);
  if (shown.error) throw new Error(`the overlay shows an error: ${shown.error}`);
  const ms = shown.at - startedAt;
  return cold ? { ms, steps: await hostMarks(session, startedAt) } : { ms };
}
