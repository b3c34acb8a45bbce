/**
 * End to end in real headless Chromium with the built extension (dist/chrome), the real
 * bundled model and real JPEGs from the group-held-out test split.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { softmaxWithTemperature } from '../../src/core/postprocess';
import { readMetadata, readReferences } from '../helpers/node-model';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { clickClassifyTissue, classifyViaRuntime, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { cardFrames } from './card-frames';
import { ARTIFACTS, CLASS_RE, DISPLAY, FIXTURES, uploadInPopup } from './popup-expectations';
import { openDemoPage } from './demo-page';


let server: DemoServer;
let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
  page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('context menu → overlay (WASM)', () => {
  let overlays = 0;
  const cases: [string, string][] = [
    ['#plain', 'adenocarcinoma'],
    ['#scaled', 'benign'],
    ['#data-url', 'squamous_cell_carcinoma'],
    ['#blob-url', 'adenocarcinoma'],
    ['#cross-origin', 'benign'],
    ['#cross-origin-scc', 'squamous_cell_carcinoma'],
  ];
  it.each(cases)('%s shows the expected class (%s)', async (selector, label) => {
    await clickClassifyTissue(session, page, selector);
    const { announcement, error } = await waitForOverlayText(page, overlays++);
    expect(error).toBeNull();
    expect(announcement).toMatch(CLASS_RE);
    expect(announcement.startsWith(DISPLAY[label]), announcement).toBe(true);
    if (overlays === 1) await page.screenshot({ path: join(ARTIFACTS, 'overlay-first.png'), clip: { x: 0, y: 0, width: 760, height: 430 } });
  });

  it('shows the HTTP status for a missing image', async () => {
    await clickClassifyTissue(session, page, '#missing');
    const { error } = await waitForOverlayText(page, overlays++);
    expect(error).toContain('HTTP 404');
  });

  it('says so when the "image" is an HTML page', async () => {
    await clickClassifyTissue(session, page, '#not-an-image');
    const { error } = await waitForOverlayText(page, overlays++);
    expect(error).toMatch(/is not a JPEG, PNG, GIF, WebP or BMP image/);
  });

  it('overlays show the research-use note and close with Esc', async () => {
    await page.screenshot({ path: join(ARTIFACTS, 'overlay-demo-page.png'), fullPage: true });
    const note = await cardFrames(page)[0].evaluate(() => document.body.textContent ?? '');
    expect(note).toMatch(/not for diagnosis/i);
    // A closed card's host stays, hidden, as the spare for the next card (overlay-manager.ts).
    const shown = () => page.$$eval('lung-tissue-classifier-overlay:not([hidden])', (h) => h.length);
    const before = await shown();
    await page.keyboard.press('Escape');
    expect(await shown()).toBe(before - 1);
  });
});

describe('popup', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await session.browser.newPage();
    await popup.setViewport({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  });

  it.each([['adenocarcinoma-lungaca2666.jpg', 'adenocarcinoma'], ['benign-lungn1945.jpg', 'benign'], ['squamous_cell_carcinoma-lungscc4175.jpg', 'squamous_cell_carcinoma']])(
    'upload of %s shows %s',
    async (file, label) => {
      const announcement = await uploadInPopup(popup, file);
      expect(announcement.startsWith(DISPLAY[label]), announcement).toBe(true);
      await popup.screenshot({ path: join(ARTIFACTS, `popup-${label}.png`) });
    },
  );

  it('rejects a file that is not an image', async () => {
    const input = await popup.waitForSelector('input[data-testid="ltc-file-input"]');
    await input!.uploadFile(resolve(import.meta.dirname, '../../README.md'));
    await popup.waitForSelector('[data-testid="ltc-error"]');
    expect(await popup.$eval('[data-testid="ltc-error"]', (e) => e.textContent)).toMatch(/not an image/);
  });

  it('refuses an image under 32 px with its size', async () => {
    const png = new PNG({ width: 16, height: 16 });
    png.data.fill(200);
    const path = join(ARTIFACTS, 'tiny-16px.png');
    writeFileSync(path, PNG.sync.write(png));
    const input = await popup.waitForSelector('input[data-testid="ltc-file-input"]');
    await input!.uploadFile(path);
    await popup.waitForFunction(() => /16×16/.test(document.querySelector('[data-testid="ltc-error"]')?.textContent ?? ''), { timeout: 30_000 });
    expect(await popup.$eval('[data-testid="ltc-error"]', (e) => e.textContent)).toMatch(/at least 32×32/);
  });

  it('recovers when the offscreen document was closed', async () => {
    await session.worker.evaluate(() => chrome.offscreen.closeDocument());
    const bytes = readFileSync(join(FIXTURES, 'adenocarcinoma-lungaca4187.jpg')).toString('base64');
    const result = await classifyViaRuntime(popup, bytes, 'image/jpeg', 'adenocarcinoma-lungaca4187.jpg');
    expect(result.top.label).toBe('adenocarcinoma');
  });

  it('gives PyTorch\'s probabilities (within 1e-3) for every fixture, through the whole extension', async () => {
    // Lossless PNGs, so the browser sees exactly the pixels PyTorch saw.
    const { temperature } = readMetadata();
    for (const ref of readReferences()) {
      const bytes = readFileSync(join(FIXTURES, ref.png)).toString('base64');
      const result = await classifyViaRuntime(popup, bytes, 'image/png', ref.png);
      const expected = softmaxWithTemperature(ref.logits, temperature);
      result.probabilities.forEach((p, i) => expect(Math.abs(p.probability - expected[i]), ref.png).toBeLessThan(1e-3));
    }
  });

  it('reports backend and timings for each result', async () => {
    const bytes = readFileSync(join(FIXTURES, 'benign-lungn3629.jpg')).toString('base64');
    const result = await classifyViaRuntime(popup, bytes, 'image/jpeg', 'benign-lungn3629.jpg');
    expect(result.backend).toBe('wasm');
    expect(result.top.label).toBe('benign');
    expect(result.timings.totalMs).toBeGreaterThan(0);
    expect(result.probabilities.reduce((a, p) => a + p.probability, 0)).toBeCloseTo(1, 5);
  });
});
