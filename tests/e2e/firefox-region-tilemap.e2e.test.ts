/**
 * Region capture and the tile map in headless Firefox (ESR, WebDriver BiDi) with the
 * built Firefox extension. Firefox has no `onClicked.dispatch`, so an extension page calls
 * the handlers the event page exposes on its global (the same functions the menu and the
 * shortcut call), through `runtime.getBackgroundPage()`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { waitForOverlayText } from './extension-browser';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension, type FirefoxSession } from './firefox-browser';
import { ARTIFACTS, DISPLAY } from './popup-expectations';
import { dragRectangle, readTiles, runTileMapToEnd, type Box } from './region-helpers';
import { scoreTileMap, type MosaicLayout } from './score-tile-map';

const layout = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../demo/mosaic/mosaic.json'), 'utf8')) as MosaicLayout;

let server: DemoServer;
let session: FirefoxSession;
let extensionPage: Page;
let page: Page;

/** Calls a handler the background page exposes, for the tab showing `url`. */
async function callBackground(name: string, url: string, ...args: unknown[]): Promise<void> {
  await extensionPage.evaluate(async (fn, u, rest) => {
    const ext = (globalThis as unknown as { browser: typeof chrome & { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
    const tab = (await ext.tabs.query({})).find((t) => t.url === u);
    if (!tab) throw new Error(`no tab with ${u}`);
    const bg = (await ext.runtime.getBackgroundPage()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    if (typeof bg[fn] !== 'function') throw new Error(`the background page does not expose ${fn}`);
    // Not awaited: region capture returns once the picker is up, the rest happens on the page.
    const done = bg[fn](...(fn === 'openTileMap' ? [rest[0], tab.id, 0] : [tab, ...rest]));
    if (fn === 'openTileMap') await done;
  }, name, url, args);
}

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchFirefoxWithExtension();
  extensionPage = await session.openExtensionPage('src/popup/index.html');
  await extensionPage.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ backend: 'wasm' }));
  page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/demo/viewer.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox: region capture and tile map', () => {
  it('a region dragged inside the squamous cell carcinoma area of the canvas viewer is classified as such', async () => {
    await page.evaluate(() => (window as unknown as { demoViewer: { showArea(l: string, z: number): void } }).demoViewer.showArea('squamous_cell_carcinoma', 1));
    await page.evaluate(() => (window as unknown as { demoViewer: { whenDrawn(): Promise<boolean> } }).demoViewer.whenDrawn());
    const area = await page.evaluate(() => (window as unknown as { demoViewer: { areaOnScreen(l: string): Box } }).demoViewer.areaOnScreen('squamous_cell_carcinoma'));
    await page.bringToFront();
    await callBackground('startRegionCapture', page.url());
    await dragRectangle(page, { x: area.x + area.width / 2 - 120, y: area.y + area.height / 2 - 120, width: 240, height: 240 });
    const { announcement, error } = await waitForOverlayText(page, 0);
    expect(error).toBeNull();
    expect(announcement.startsWith(DISPLAY.squamous_cell_carcinoma), announcement).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-region.png') });
  });

  it('the tile map of the mosaic gets ≥ 90 % of tissue tiles and every area\'s majority right', async () => {
    const srcUrl = `${server.origin}/demo/mosaic/mosaic.jpg`;
    const before = new Set(await session.browser.pages());
    await callBackground('openTileMap', page.url(), { srcUrl });
    let tm: Page | undefined;
    for (let i = 0; i < 100 && !tm; i++) {
      // Puppeteer (BiDi) keeps reporting about:blank for a tab that moved to the extension
      // process (see firefox-browser.ts), so ask the document itself.
      for (const p of (await session.browser.pages()).filter((x) => !before.has(x))) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${EXTENSION_ORIGIN}/src/tilemap/`)) tm = p;
      }
      if (!tm) await new Promise((r) => setTimeout(r, 200));
    }
    expect(tm, 'the tile map tab did not open').toBeDefined();
    await tm!.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
    expect(await runTileMapToEnd(tm!)).toBe('done');
    const score = scoreTileMap(await readTiles(tm!), layout);
    console.log(`Firefox tile map of the mosaic: ${score.correct}/${score.tissue} tissue tiles right`);
    expect(score.tissue).toBe(27);
    expect(score.correct / score.tissue).toBeGreaterThanOrEqual(0.9);
    for (const a of score.areas) expect(a.majority, a.label).toBe(a.label);
  });
});
