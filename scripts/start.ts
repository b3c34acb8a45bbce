// `npm start`: serves the demo page and opens Chromium/Chrome with the built extension.
// With a display, the browser opens for you to right-click images. Without one (a
// server, CI), it classifies every demo image through the real extension headlessly and
// prints a table.
import { startDemoServer } from './demo-server';
import { clickClassifyTissue, launchWithExtension, waitForOverlayText } from '../tests/e2e/extension-browser';
import { cardFrames } from '../tests/e2e/card-frames';
import { openExtraDemoPages, runTileMapDemo } from './start-tile-map-demo';

const DEMO_IMAGES = ['#plain', '#scaled', '#data-url', '#blob-url', '#cross-origin', '#cross-origin-scc'];

async function main() {
  const server = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
  const headed = !!process.env.DISPLAY && process.env.HEADLESS !== '1';
  const session = await launchWithExtension({ headless: !headed });
  const page = await session.browser.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  if (headed) {
    console.log(`Demo page: ${server.origin}/ — right-click an image and choose "Classify tissue". Close the browser to stop.`);
    await openExtraDemoPages(session, server.origin);
    await new Promise<void>((done) => session.browser.on('disconnected', () => done()));
    await server.close();
    return;
  }
  await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  console.log('No display: classifying the demo images headlessly through the extension.\n');
  const rows: string[][] = [];
  for (const [i, selector] of DEMO_IMAGES.entries()) {
    const t0 = performance.now();
    await clickClassifyTissue(session, page, selector);
    const { announcement, error } = await waitForOverlayText(page, i);
    const ms = performance.now() - t0;
    const detail = await cardFrames(page)[i].evaluate(() => {
      const probs = Array.from(document.querySelectorAll('[data-testid^="ltc-prob-"]')).map((e) => e.textContent ?? '');
      return { probs, backend: document.querySelector('[data-testid="ltc-backend"]')?.textContent ?? '' };
    });
    rows.push([selector.slice(1), error ? `error: ${error}` : announcement.replace(/ [\d.]+ %$/, ''), ...detail.probs, detail.backend, `${ms.toFixed(0)} ms`]);
  }
  const header = ['image', 'class', 'adenocarcinoma', 'benign', 'squamous cell ca.', 'backend · model ms', 'click→overlay'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((v, c) => (v ?? '').padEnd(widths[c])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  await runTileMapDemo(session, server.origin);
  await session.close();
  await server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
