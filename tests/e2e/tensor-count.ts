/**
 * Reads `tf.memory().numTensors` in the inference host, from the outside. TF.js keeps its
 * engine on the global object (`globalThis._tfengine`, tfjs-core's getOrMakeEngine), so
 * the test evaluates there: Chrome's offscreen document is a target puppeteer can attach
 * to, Firefox's event page is reached from an extension page via getBackgroundPage().
 * No hook is added to the product for this.
 *
 * Both throw when they cannot read the engine (no document, no TF.js yet) rather than
 * answering 0 or null: a leak check comparing two such answers would always pass.
 */
import type { Browser, Page } from 'puppeteer';

export const OFFSCREEN_SUFFIX = '/src/model-host/index.html';

type Engine = { memory(): { numTensors: number } };

/** Chromium: tensors alive in the offscreen document. */
export async function offscreenTensorCount(browser: Browser): Promise<number> {
  // A document just created may take a moment to be reported as a target.
  const target = await browser.waitForTarget((t) => t.url().endsWith(OFFSCREEN_SUFFIX), { timeout: 2_000 }).catch(() => null);
  if (!target) throw new Error('no offscreen document: the tensor count cannot be read');
  const page = await target.asPage();
  const count = await page.evaluate(() => (globalThis as unknown as { _tfengine?: Engine })._tfengine?.memory().numTensors ?? null);
  if (count === null) throw new Error('the offscreen document has no TF.js engine: the tensor count cannot be read');
  return count;
}

/** Firefox: tensors alive in the event page, read from an extension page. */
export async function eventPageTensorCount(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
    const bg = (await ext.runtime.getBackgroundPage()) as Window & { _tfengine?: Engine };
    return bg._tfengine?.memory().numTensors ?? null;
  }).then((count) => {
    if (count === null) throw new Error('the event page has no TF.js engine: the tensor count cannot be read');
    return count;
  });
}
