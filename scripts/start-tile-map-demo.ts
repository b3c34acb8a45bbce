// The region-capture and tile-map part of `npm start`. With a display: opens the canvas
// viewer and the paper page next to the main demo page. Headless: drags a region over
// the viewer's squamous cell carcinoma area and makes a tile map of the mosaic through the
// real extension, printing what came out.
import type { ExtensionSession } from '../tests/e2e/extension-browser';
import { waitForOverlayText } from '../tests/e2e/extension-browser';
import { clickMenuItem, dragRectangle, pressRegionShortcut, readTiles, runTileMapToEnd, waitForTileMapPage, type Box } from '../tests/e2e/region-helpers';

export const EXTRA_DEMO_PAGES = ['/demo/viewer.html', '/demo/paper.html'];

export async function openExtraDemoPages(session: ExtensionSession, origin: string): Promise<void> {
  for (const path of EXTRA_DEMO_PAGES) await (await session.browser.newPage()).goto(`${origin}${path}`);
  console.log(`Also open: ${EXTRA_DEMO_PAGES.map((p) => origin + p).join('  ')} — try "Classify a region…" (Alt+Shift+R) and "Tile map of this image".`);
}

export async function runTileMapDemo(session: ExtensionSession, origin: string): Promise<void> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/demo/viewer.html`);
  await page.waitForSelector('body[data-ready="true"]');
  type Viewer = { demoViewer: { showArea(l: string, z: number): void; whenDrawn(): Promise<boolean>; areaOnScreen(l: string): Box } };
  await page.evaluate(() => (window as unknown as Viewer).demoViewer.showArea('squamous_cell_carcinoma', 1));
  await page.evaluate(() => (window as unknown as Viewer).demoViewer.whenDrawn());
  const area = await page.evaluate(() => (window as unknown as Viewer).demoViewer.areaOnScreen('squamous_cell_carcinoma'));
  await pressRegionShortcut(session, page);
  await dragRectangle(page, { x: area.x + area.width / 2 - 120, y: area.y + area.height / 2 - 120, width: 240, height: 240 });
  const region = await waitForOverlayText(page, 0);
  console.log(`\nCanvas viewer, 240-px region inside the squamous cell carcinoma area: ${region.error ?? region.announcement}`);

  const srcUrl = `${origin}/demo/mosaic/mosaic.jpg`;
  await clickMenuItem(session, page, { menuItemId: 'tile-map-image', srcUrl, mediaType: 'image' });
  const map = await waitForTileMapPage(session);
  const t0 = performance.now();
  const stopped = await runTileMapToEnd(map);
  const tiles = await readTiles(map);
  const rows = await map.$$eval('[data-testid="tm-summary"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent ?? '')));
  console.log(`Tile map of the 1344×1344 mosaic (${stopped}, ${((performance.now() - t0) / 1000).toFixed(1)} s): ${tiles.length} tiles, ` +
    `${tiles.filter((t) => t.kind === 'background').length} background skipped`);
  for (const r of rows) console.log(`  ${r[0].padEnd(26)} ${r[1].padStart(3)} tiles  ${r[2].padStart(7)}  mean ${r[3]}`);
  console.log('  (expected: 9 tissue tiles per class — adenocarcinoma, benign, squamous cell carcinoma areas)');
}
