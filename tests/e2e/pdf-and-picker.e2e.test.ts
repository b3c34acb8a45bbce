/**
 * Pages the overlay cannot always enter (Chromium): the browser's PDF viewer, and pages
 * where no content script runs at all (extension pages), where region capture falls back
 * to a screenshot in the tile map page and the user picks the region there.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { ARTIFACTS, DISPLAY } from './popup-expectations';
import { clickMenuItem, dragRectangle, pickOnStage, pressRegionShortcut, waitForTileMapPage } from './region-helpers';

let server: DemoServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('PDF viewer and pages without a content script', () => {
  it('Chromium\'s PDF viewer: a region dragged over panel B of the PDF figure is benign', async () => {
    const pdf = await session.browser.newPage();
    await pdf.setViewport({ width: 1280, height: 900 });
    await pdf.goto(`${server.origin}/demo/paper/figure-1.pdf`);
    // The viewer draws the page asynchronously; wait until the wrapper document has laid it out.
    await new Promise((r) => setTimeout(r, 2500));
    await pressRegionShortcut(session, pdf);
    // Chromium runs content scripts in the PDF viewer's wrapper document, so the picker
    // shows over the PDF itself. Panel B at the viewer's default fit: x 656–925, y 159–430.
    await dragRectangle(pdf, { x: 675, y: 175, width: 230, height: 235 });
    const { announcement, error } = await waitForOverlayText(pdf, 0);
    expect(error).toBeNull();
    expect(announcement.startsWith(DISPLAY.benign), announcement).toBe(true);
    await pdf.screenshot({ path: join(ARTIFACTS, 'pdf-region.png') });
    await pdf.close();
  });

  it('where no content script runs, the tab is captured and the region is picked in the tile map page', async () => {
    // An extension page: no content script can run in it. It shows the mosaic, so the
    // screenshot has known-class areas to pick from.
    const viewer = await session.browser.newPage();
    await viewer.goto(`${server.origin}/demo/viewer.html`);
    await viewer.waitForSelector('body[data-ready="true"]');
    await viewer.evaluate(() => document.getElementById('mosaic-img')!.scrollIntoView());
    const srcUrl = await viewer.$eval('#mosaic-img', (i) => (i as HTMLImageElement).currentSrc);
    await clickMenuItem(session, viewer, { menuItemId: 'tile-map-image', srcUrl, mediaType: 'image' });
    const mapPage = await waitForTileMapPage(session);
    await viewer.close();

    await pressRegionShortcut(session, mapPage);
    const picker = await (await session.browser.waitForTarget(
      (t) => t.url().includes('/src/tilemap/index.html') && t.url() !== mapPage.url(), { timeout: 30_000 })).page();
    await picker!.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
    expect(await picker!.$eval('[data-testid="tm-pick-help"]', (e) => e.textContent)).toMatch(/screenshot/);
    // Where the mosaic's squamous cell carcinoma area (bottom left) is in the screenshot.
    const stage = await picker!.$eval('[data-testid="tm-stage"]', (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y }; });
    const area = await mapPage.$eval('[data-testid="tm-stage"]', (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
    const scale = await picker!.$eval('[data-testid="tm-stage"] canvas', (c, w) => (c as HTMLCanvasElement).width / w, 1280);
    const box = { x: stage.x + (area.x + area.width * 0.08) * scale, y: stage.y + (area.y + area.height * 0.58) * scale, width: area.width * 0.34 * scale, height: area.height * 0.34 * scale };
    await pickOnStage(picker!, box);
    await picker!.click('[data-testid="tm-classify-selection"]');
    await picker!.waitForSelector('[data-testid="ltc-top-class"], [data-testid="ltc-error"]', { timeout: 60_000 });
    const text = await picker!.$eval('[data-testid="ltc-announcement"]', (e) => e.textContent ?? '');
    expect(text.startsWith(DISPLAY.squamous_cell_carcinoma), text).toBe(true);
    await picker!.screenshot({ path: join(ARTIFACTS, 'picker-page.png'), fullPage: true });
  });
});
