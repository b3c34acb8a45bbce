/**
 * Chromium: runs the real "Classify tissue" handler for an image and returns the final
 * overlay state it sent, so a test can compare full probabilities, not only the card's
 * text. The background exposes the handler on its global for this (see background/index.ts).
 */
import type { Page, WebWorker } from 'puppeteer';
import type { OverlayState } from '../../src/shared/messages';

export async function classifyFromMenu(worker: WebWorker, page: Page, selector: string): Promise<OverlayState> {
  await page.click(selector, { button: 'right' }); // lets the content script remember the element
  const srcUrl = await page.$eval(selector, (img) => (img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src);
  return worker.evaluate(
    async (src, url) => {
      type Classify = (info: object, tab: object) => Promise<OverlayState>;
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab with ${url}`);
      const classify = (globalThis as unknown as { classifyFromContextMenu: Classify }).classifyFromContextMenu;
      return classify({ menuItemId: 'classify-tissue', srcUrl: src, frameId: 0, pageUrl: url }, tab);
    },
    srcUrl,
    page.url(),
  );
}

/** Adds one <img> per entry to the page; `data:` images are built in the page from a URL. */
export async function addImages(page: Page, images: { id: string; src: string; asDataUrl?: boolean }[]): Promise<void> {
  await page.evaluate(async (list) => {
    for (const { id, src, asDataUrl } of list) {
      const img = document.createElement('img');
      img.id = id;
      img.alt = id;
      img.src = asDataUrl
        ? await new Promise<string>(async (resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.readAsDataURL(await (await fetch(src)).blob());
          })
        : src;
      document.body.append(img);
    }
  }, images);
}
