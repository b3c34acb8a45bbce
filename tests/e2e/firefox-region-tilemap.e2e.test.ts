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
import { dragRectangle, middlePanelOnStage, pickOnStage, readTiles, runTileMapToEnd, type Box } from './region-helpers';
import { scoreTileMap, type MosaicLayout } from './score-tile-map';
import { openDemoPage } from './demo-page';

const layout = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../demo/mosaic/mosaic.json'), 'utf8')) as MosaicLayout;

let server: DemoServer;
let session: FirefoxSession;
let extensionPage: Page;
let page: Page;

/** Calls a handler the background page exposes; the arguments '$tab' and '$tabId' stand for the tab showing `url`. */
async function callBackground(name: string, url: string, ...args: unknown[]): Promise<void> {
  await extensionPage.evaluate(async (fn, u, rest) => {
    const ext = (globalThis as unknown as { browser: typeof chrome & { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
    const tab = (await ext.tabs.query({})).find((t) => t.url === u);
    if (!tab) throw new Error(`no tab with ${u}`);
    const bg = (await ext.runtime.getBackgroundPage()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    if (typeof bg[fn] !== 'function') throw new Error(`the background page does not expose ${fn}`);
    const args = rest.map((a) => (a === '$tab' ? tab : a === '$tabId' ? tab.id : a));
    // Not awaited for region capture: it only returns once the picker is up.
    const done = bg[fn](...args);
    if (fn !== 'startRegionCapture') await done;
  }, name, url, args);
}

/** The tile map tab opened after `before` was taken. */
async function findTileMapPage(before: Set<Page>): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    // Puppeteer (BiDi) keeps reporting about:blank for a tab that moved to the extension
    // process (see firefox-browser.ts), so ask the document itself.
    for (const p of (await session.browser.pages()).filter((x) => !before.has(x))) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`${EXTENSION_ORIGIN}/src/tilemap/`)) return p;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the tile map tab did not open');
}

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchFirefoxWithExtension();
  extensionPage = await session.openExtensionPage('src/popup/index.html');
  await extensionPage.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ backend: 'wasm' }));
  page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 900 }, '/demo/viewer.html');
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
    await callBackground('startRegionCapture', page.url(), '$tab');
    await dragRectangle(page, { x: area.x + area.width / 2 - 120, y: area.y + area.height / 2 - 120, width: 240, height: 240 });
    const { announcement, error } = await waitForOverlayText(page, 0);
    expect(error).toBeNull();
    expect(announcement.startsWith(DISPLAY.squamous_cell_carcinoma), announcement).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-region.png') });
  });

  it('right-click on the canvas → "Classify tissue" classifies its visible area', async () => {
    await page.evaluate(() => (window as unknown as { demoViewer: { showArea(l: string, z: number): void } }).demoViewer.showArea('benign', 1));
    await page.evaluate(() => (window as unknown as { demoViewer: { whenDrawn(): Promise<boolean> } }).demoViewer.whenDrawn());
    const c = await page.$eval('#viewer canvas', (e) => { const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
    await page.mouse.click(c.x, c.y, { button: 'right' });
    const shown = await page.$$eval('lung-tissue-classifier-overlay', (h) => h.length);
    await callBackground('classifyContextTarget', page.url(), { frameId: 0 }, '$tab');
    const { announcement, error } = await waitForOverlayText(page, shown);
    expect(error).toBeNull();
    expect(announcement.startsWith(DISPLAY.benign), announcement).toBe(true);
  });

  it('the PDF viewer (pdf.js) takes no content script: the tab is captured and opened for picking', async () => {
    const pdf = await session.browser.newPage();
    void pdf.goto(`${server.origin}/demo/paper/figure-1.pdf`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 3000));
    const before = new Set(await session.browser.pages());
    await pdf.bringToFront();
    await callBackground('startRegionCapture', `${server.origin}/demo/paper/figure-1.pdf`, '$tab');
    const picker = await findTileMapPage(before);
    await picker.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
    expect(await picker.$eval('[data-testid="tm-pick-help"]', (e) => e.textContent)).toMatch(/screenshot/);
    // Panel B (benign), found on the screenshot itself.
    await pickOnStage(picker, await middlePanelOnStage(picker, 190));
    await picker.click('[data-testid="tm-classify-selection"]');
    await picker.waitForSelector('[data-testid="ltc-top-class"], [data-testid="ltc-error"]', { timeout: 60_000 });
    const text = await picker.$eval('[data-testid="ltc-announcement"]', (e) => e.textContent ?? '');
    await picker.screenshot({ path: join(ARTIFACTS, 'firefox-pdf-picker.png') });
    expect(text.startsWith(DISPLAY.benign), text).toBe(true);
    await picker.close();
    await pdf.close();
  });

  it('the tile map of the mosaic gets ≥ 90 % of tissue tiles and every area\'s majority right', async () => {
    const srcUrl = `${server.origin}/demo/mosaic/mosaic.jpg`;
    const before = new Set(await session.browser.pages());
    await callBackground('openTileMap', page.url(), { srcUrl }, '$tabId', 0);
    const tm = await findTileMapPage(before);
    await tm.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
    expect(await runTileMapToEnd(tm)).toBe('done');
    const score = scoreTileMap(await readTiles(tm), layout);
    console.log(`Firefox tile map of the mosaic: ${score.correct}/${score.tissue} tissue tiles right`);
    expect(score.tissue).toBe(27);
    expect(score.correct / score.tissue).toBeGreaterThanOrEqual(0.9);
    for (const a of score.areas) expect(a.majority, a.label).toBe(a.label);
  });
});
