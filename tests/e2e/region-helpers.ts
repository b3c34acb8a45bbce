/**
 * Helpers for the region-capture and tile-map tests (Chromium): fire the real command and
 * menu listeners in the service worker, drag a rectangle with the mouse, and find the tile
 * map tab the extension opens.
 */
import type { Page, Target } from 'puppeteer';
import type { ExtensionSession } from './extension-browser';

export interface Box { x: number; y: number; width: number; height: number }

/** Runs the `commands.onCommand` listeners as the keyboard shortcut would. */
export async function pressRegionShortcut(session: ExtensionSession, page: Page): Promise<void> {
  await page.bringToFront();
  await session.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (!tab) throw new Error(`no tab with ${url}`);
    (chrome.commands.onCommand as unknown as { dispatch(c: string, t: object): void }).dispatch('start-region-capture', tab);
  }, page.url());
}

/** Fires a context-menu item the way a click on it does (Puppeteer cannot open menus). */
export async function clickMenuItem(session: ExtensionSession, page: Page, info: Record<string, unknown>): Promise<void> {
  await page.bringToFront();
  await session.worker.evaluate(async (url, i) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (!tab) throw new Error(`no tab with ${url}`);
    (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: object): void }).dispatch({ frameId: 0, pageUrl: url, editable: false, ...i }, tab);
  }, page.url(), info);
}

export async function dragRectangle(page: Page, box: Box): Promise<void> {
  await page.waitForSelector('lung-tissue-classifier-region-picker >>> [data-testid="ltc-region-picker"]');
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width, box.y + box.height, { steps: 4 });
  await page.mouse.up();
}

/** The tile map tab the extension opens next; pass `session.browser.targets()` from before the action when one is open already. */
export async function waitForTileMapPage(session: ExtensionSession, before: readonly Target[] = []): Promise<Page> {
  const known = new Set(before);
  const target = await session.browser.waitForTarget((t) => !known.has(t) && t.url().includes('/src/tilemap/index.html'), { timeout: 30_000 });
  const page = (await target.page())!;
  await page.setViewport({ width: 1280, height: 1000 });
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.ready === 'error', { timeout: 30_000 });
  const error = await page.$eval('[data-testid="tm-error"]', (e) => e.textContent).catch(() => null);
  if (error) throw new Error(`tile map page: ${error}`);
  return page;
}

export interface TileInfo { x: number; y: number; size: number; kind: string; label: string | null }

export async function readTiles(page: Page): Promise<TileInfo[]> {
  return JSON.parse(await page.$eval('[data-testid="tm-stage"]', (e) => e.getAttribute('data-tiles') ?? '[]')) as TileInfo[];
}

export async function runTileMapToEnd(page: Page, timeout = 110_000): Promise<string> {
  await page.click('[data-testid="tm-run"]');
  await page.waitForFunction(() => !!document.querySelector('[data-testid="tm-status"]')?.getAttribute('data-stopped'), { timeout, polling: 200 });
  return page.$eval('[data-testid="tm-status"]', (e) => e.getAttribute('data-stopped') ?? '');
}

/** Drags a selection on the tile map page's image (the picker of a screenshot). */
export async function pickOnStage(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<void> {
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width, box.y + box.height, { steps: 3 });
  await page.mouse.up();
  await page.waitForSelector('[data-testid="tm-classify-selection"]');
}

/**
 * Where the figure's middle panel (B) is on the picker's screenshot, in viewport CSS pixels:
 * the bounding box of stained (saturated) pixels on the stage canvas, split in thirds. Found
 * from the pixels rather than fixed offsets, because where pdf.js draws the page depends on
 * its zoom and on timing; a box that strays onto the grey viewer background would (rightly)
 * be refused by the input check.
 */
export async function middlePanelOnStage(page: Page, side: number): Promise<Box> {
  await page.$eval('[data-testid="tm-stage"]', (e) => e.scrollIntoView({ block: 'start' }));
  return page.$eval('[data-testid="tm-stage"] canvas', (canvas, wanted) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let left = c.width, right = -1, top = c.height, bottom = -1;
    for (let y = 0; y < c.height; y += 2) for (let x = 0; x < c.width; x += 2) {
      const i = (y * c.width + x) * 4;
      const hi = Math.max(data[i], data[i + 1], data[i + 2]), lo = Math.min(data[i], data[i + 1], data[i + 2]);
      if (hi - lo < 60) continue; // grey viewer background, white page, black text
      left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
    }
    if (right < 0) throw new Error('no stained pixels on the picker screenshot');
    const r = c.getBoundingClientRect();
    const sx = r.width / c.width, sy = r.height / c.height;
    const third = (right - left) / 3;
    const size = Math.min(wanted, third * sx * 0.8, (bottom - top) * sy * 0.8);
    const cx = r.x + (left + 1.5 * third) * sx, cy = r.y + ((top + bottom) / 2) * sy;
    return { x: cx - size / 2, y: cy - size / 2, width: size, height: size };
  }, side);
}
