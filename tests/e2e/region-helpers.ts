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
