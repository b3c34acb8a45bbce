/** Opening the demo page the same way in every browser test. */
import type { Browser, Page } from 'puppeteer';

/**
 * Opens a demo server page (`path` under `origin`, default the demo page) in a new tab and
 * waits until its script has built the page (`data-ready`, e.g. the blob: image) and every
 * image has loaded, so a right-click finds real pixels. Lazy images are not waited for: off
 * screen they load only when scrolled to. `viewport`: the browser's default when omitted.
 */
export async function openDemoPage(
  browser: Browser,
  origin: string,
  viewport?: { width: number; height: number },
  path = '/',
): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete || i.loading === 'lazy'));
  return page;
}
