/**
 * Trust features end to end in headless Chromium with the built extension (dist/chrome),
 * the real model and real images: the input check with "classify anyway", confidence
 * wording, TTA agreement, the heat map (popup and overlay) and the model card page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { seriousA11yViolations } from './axe-audit';
import { clickClassifyTissue, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { ARTIFACTS, CLASS_RE, FIXTURES } from './popup-expectations';
import { expectMapsDifferAndFavourTissue, hideHeatMap, negative, showHeatMap, uploadAny } from './trust-expectations';
import { openDemoPage } from './demo-page';
import { readdirSync } from 'node:fs';
import { writeLowMagnificationPng } from '../helpers/low-magnification';
import { cardFrames } from './card-frames';

const MODEL_DIR = resolve(import.meta.dirname, '../../model');

let server: DemoServer;
let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
  popup = await session.browser.newPage();
  await popup.setViewport({ width: 360, height: 900 });
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const text = (page: Page, testId: string) => page.$eval(`[data-testid="${testId}"]`, (e) => e.textContent ?? '');

describe('input check', () => {
  it.each([['ihc-crop1.jpg', /immunohistochemistry/], ['greyscale-he-grey0.jpg', /greyscale/], ['chart-grid3.png', /chart/], ['photo-chelsea.jpg', /unlike H&E/],
    // Issue 16's kinds: light membranous DAB (the stain rule) and H&E-coloured pixel noise.
    ['ihc-dab_membrane0.jpg', /unlike (H&E|haematoxylin and eosin)/], ['noise-pixels0.jpg', /image noise/]])(
    '%s is not assessable, with the probabilities behind "Classify anyway"',
    async (file, reason) => {
      const announcement = await uploadAny(popup, negative(file));
      expect(announcement).toMatch(/^Not assessable: /);
      expect(await text(popup, 'ltc-check-reason')).toMatch(reason);
      expect(await popup.$eval('#ltc-anyway', (e) => (e as HTMLElement).hidden)).toBe(true);
      await popup.click('[data-testid="ltc-classify-anyway"]');
      expect(await popup.$eval('#ltc-anyway', (e) => (e as HTMLElement).hidden)).toBe(false);
      expect(await popup.$eval('[data-testid="ltc-classify-anyway"]', (e) => e.getAttribute('aria-expanded'))).toBe('true');
      expect(await popup.$$eval('.ltc-prob-pct', (els) => els.map((e) => e.textContent))).toHaveLength(3);
      if (file.startsWith('ihc')) {
        await popup.screenshot({ path: join(ARTIFACTS, 'trust-not-assessable.png') });
        expect(await seriousA11yViolations(popup)).toEqual([]);
      }
    },
  );

  it('lets a real H&E image through, with wording', async () => {
    const announcement = await uploadAny(popup, join(FIXTURES, 'benign-lungn1945.jpg'));
    expect(announcement).toMatch(CLASS_RE);
    expect(await popup.$('[data-testid="ltc-not-assessable"]')).toBeNull();
    expect(await text(popup, 'ltc-wording')).toMatch(/^(Likely|Probably) benign tissue$|^Uncertain: benign tissue or /);
  });

  it('can be switched off in the settings', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ inputCheck: 'off' }));
    const announcement = await uploadAny(popup, negative('ihc-crop2.jpg'));
    expect(announcement).toMatch(CLASS_RE);
    await session.worker.evaluate(() => chrome.storage.local.set({ inputCheck: 'standard' }));
  });
});

describe('confidence wording', () => {
  // Pinned to what model 2.0.0 answers in Node for these fixtures (benign-lungn3629: benign
  // 0.57, squamous 0.43; adenocarcinoma-lungaca145: 0.99), far from any band's edge.
  const wording = () => popup.$eval('[data-testid="ltc-wording"]', (e) => ({ text: e.textContent, band: e.getAttribute('data-band') }));

  it('says "Uncertain: A or B", naming both leading classes, for the benign tile the model hesitates on', async () => {
    await uploadAny(popup, join(FIXTURES, 'benign-lungn3629.jpg'));
    expect(await wording()).toEqual({ band: 'uncertain', text: 'Uncertain: benign tissue or squamous cell carcinoma' });
  });

  it('says "Likely A" for a clear adenocarcinoma tile', async () => {
    await uploadAny(popup, join(FIXTURES, 'adenocarcinoma-lungaca145.jpg'));
    expect(await wording()).toEqual({ band: 'likely', text: 'Likely adenocarcinoma' });
  });
});

describe('test-time augmentation', () => {
  it('reports how many of the 8 views agree when the setting is on', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ tta: true }));
    await uploadAny(popup, join(FIXTURES, 'squamous_cell_carcinoma-lungscc2446.jpg'));
    expect(await text(popup, 'ltc-agreement')).toMatch(/^[5-8] of 8 flipped\/rotated views agree$/);
    await popup.screenshot({ path: join(ARTIFACTS, 'trust-tta.png') });
    await session.worker.evaluate(() => chrome.storage.local.set({ tta: false }));
    await uploadAny(popup, join(FIXTURES, 'benign-lungn3629.jpg'));
    expect(await popup.$('[data-testid="ltc-agreement"]')).toBeNull();
  });
});

describe('an image at a third of the training magnification', () => {
  // 3×3 real squamous cell carcinoma test tiles side by side (672 px): squeezed whole to
  // 224 px its nuclei would be a third of the training size, so the extension zooms in.
  const figure = () => writeLowMagnificationPng(ARTIFACTS, 'squamous_cell_carcinoma', readdirSync(FIXTURES));

  it('is classified as zoomed-in windows by popup upload, with the reason on the card', async () => {
    const announcement = await uploadAny(popup, figure());
    expect(announcement).toMatch(CLASS_RE);
    expect(await text(popup, 'ltc-shift-note')).toMatch(/^Lower magnification than the training images: \d zoomed-in windows were classified and averaged\.$/);
    expect(await text(popup, 'ltc-agreement')).toMatch(/^\d of \d zoomed-in windows agree$/);
    expect(await popup.$eval('[data-testid="ltc-wording"]', (e) => e.getAttribute('data-band'))).not.toBe('likely');
    await popup.screenshot({ path: join(ARTIFACTS, 'trust-zoomed.png') });
  });

  it('gets one heat map per window, over the whole image, with the windows named in the caption', async () => {
    await uploadAny(popup, figure());
    const windows = Number((await text(popup, 'ltc-agreement')).match(/of (\d) zoomed-in windows/)![1]);
    const heat = await showHeatMap(popup);
    expect(heat.left + heat.right).toBeGreaterThan(0);
    expect(heat.caption).toContain(`the answer came from the ${windows} outlined zoomed-in windows`);
    // Down to the end of the map's caption and slider, which fall below the 900-px viewport.
    const box = (await (await popup.$('[data-testid="ltc-heat-map"]'))!.boundingBox())!;
    await popup.screenshot({ path: join(ARTIFACTS, 'trust-heat-map-zoomed.png'), clip: { x: 0, y: 0, width: 360, height: Math.ceil(box.y + box.height + 8) }, captureBeyondViewport: true });
    await hideHeatMap(popup);
  });

  it('says on the card that flips and rotations were not used when TTA is on', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ tta: true }));
    await uploadAny(popup, figure());
    expect(await text(popup, 'ltc-without-tta')).toBe('Flips and rotations were not used: the zoomed-in windows were averaged instead.');
    await session.worker.evaluate(() => chrome.storage.local.set({ tta: false }));
  });

  it('is classified the same way when right-clicked on a web page (PNG)', async () => {
    const page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
    const b64 = readFileSync(figure()).toString('base64');
    await page.evaluate((data) => {
      const img = document.createElement('img');
      img.id = 'test-low-mag';
      img.alt = 'Low-magnification figure (added by the test)';
      img.src = `data:image/png;base64,${data}`;
      img.width = 336;
      document.body.prepend(img);
    }, b64);
    await page.waitForFunction(() => (document.getElementById('test-low-mag') as HTMLImageElement).complete);
    await clickClassifyTissue(session, page, '#test-low-mag');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement).toMatch(CLASS_RE);
    const card = cardFrames(page)[0];
    expect(await card.$eval('[data-testid="ltc-shift-note"]', (e) => e.textContent)).toMatch(/zoomed-in windows were classified/);
    await page.screenshot({ path: join(ARTIFACTS, 'trust-overlay-zoomed.png'), clip: { x: 0, y: 0, width: 900, height: 700 } });
    await page.close();
  });
});

describe('a special stain the input check accepts', () => {
  // Giemsa (tune half): its dyes sit inside the refusal angle, but farther from every known
  // H&E stain than 99.5 % of LC25000's validation images.
  const file = 'other-stain-giemsa0.jpg';
  const unlike = /^Unlike the H&E images the model was trained on/;

  it('is answered in the popup with the "unlike the H&E images" line, never "Likely"', async () => {
    expect(await uploadAny(popup, negative(file))).toMatch(CLASS_RE);
    const notes = await popup.$$eval('[data-testid="ltc-shift-note"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(notes.some((n) => unlike.test(n))).toBe(true);
    expect(await popup.$eval('[data-testid="ltc-wording"]', (e) => e.getAttribute('data-band'))).not.toBe('likely');
  });

  it('is worded the same on the result card beside a page image', async () => {
    const page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
    const b64 = readFileSync(negative(file)).toString('base64');
    await page.evaluate((data) => {
      const img = document.createElement('img');
      img.id = 'test-giemsa';
      img.alt = 'Giemsa-stained image (added by the test)';
      img.src = `data:image/jpeg;base64,${data}`;
      document.body.prepend(img);
    }, b64);
    await page.waitForFunction(() => (document.getElementById('test-giemsa') as HTMLImageElement).complete);
    await clickClassifyTissue(session, page, '#test-giemsa');
    expect((await waitForOverlayText(page, 0)).announcement).toMatch(CLASS_RE);
    const card = cardFrames(page)[0];
    const notes = await card.$$eval('[data-testid="ltc-shift-note"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(notes.some((n) => unlike.test(n))).toBe(true);
    expect(await card.$eval('[data-testid="ltc-wording"]', (e) => e.getAttribute('data-band'))).not.toBe('likely');
    await page.close();
  });
});

describe('heat map in the popup', () => {
  it('renders over the image, differs across images, and favours tissue over a blank half', async () => {
    await uploadAny(popup, join(FIXTURES, 'squamous_cell_carcinoma-lungscc4175.jpg'));
    const a = await showHeatMap(popup);
    expect(a.left + a.right).toBeGreaterThan(0);
    expect(a.caption).toMatch(/class activation map, exact.*strongest evidence at the/);
    await popup.screenshot({ path: join(ARTIFACTS, 'trust-heat-map-popup.png') });
    expect(await seriousA11yViolations(popup)).toEqual([]);
    // Opacity 0 clears the overlay; the image underneath stays.
    await popup.$eval('[data-testid="ltc-heat-opacity"]', (e) => {
      (e as HTMLInputElement).value = '0';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitForSelector('[data-testid="ltc-heat-canvas"][data-opacity="0"]');
    const cleared = await popup.$eval('[data-testid="ltc-heat-canvas"]', (c) => {
      const el = c as HTMLCanvasElement;
      return el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data.filter((_, i) => i % 4 === 3).reduce((s, v) => s + v, 0);
    });
    expect(cleared).toBe(0);
    await hideHeatMap(popup);
    await expectMapsDifferAndFavourTissue(popup, a, 'trust-heat-map-half-blank.png');
  });
});

describe('overlay', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
  });

  it('says "Not assessable" beside a non-H&E image, with the answer behind "Classify anyway"', async () => {
    const b64 = readFileSync(negative('ihc-crop5.jpg')).toString('base64');
    await page.evaluate((data) => {
      const img = document.createElement('img');
      img.id = 'test-ihc';
      img.alt = 'Immunohistochemistry image (added by the test)';
      img.src = `data:image/jpeg;base64,${data}`;
      document.body.prepend(img);
    }, b64);
    await page.waitForFunction(() => (document.getElementById('test-ihc') as HTMLImageElement).complete);
    await clickClassifyTissue(session, page, '#test-ihc');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement).toMatch(/^Not assessable: .*immunohistochemistry/);
    const card = cardFrames(page)[0];
    await (await card.waitForSelector('[data-testid="ltc-classify-anyway"]'))!.click();
    expect(await card.$eval('#ltc-anyway', (e) => (e as HTMLElement).hidden)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'trust-overlay-not-assessable.png'), clip: { x: 0, y: 0, width: 900, height: 700 } });
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.getElementById('test-ihc')!.remove());
  });

  it('shows wording, a heat map on request, and opens the model card', async () => {
    await clickClassifyTissue(session, page, '#cross-origin-scc');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement).toMatch(CLASS_RE);
    const card = cardFrames(page)[0];
    expect(await card.$eval('[data-testid="ltc-wording"]', (e) => e.textContent)).toMatch(/squamous cell carcinoma/);
    const heat = await showHeatMap(card);
    expect(heat.left + heat.right).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'trust-overlay-heat-map.png'), clip: { x: 0, y: 0, width: 900, height: 900 } });

    const opened = session.browser.waitForTarget((t) => t.url().endsWith('/src/model-card/index.html'), { timeout: 20_000 });
    await (await card.waitForSelector('[data-testid="ltc-model-card"]'))!.click();
    const modelCard = (await (await opened).asPage())!;
    await modelCard.waitForSelector('[data-testid="mc-version"]');
    // What the page shows must be the bundled model's own files: version, checksum, accuracy.
    const metadata = JSON.parse(readFileSync(join(MODEL_DIR, 'metadata.json'), 'utf8'));
    expect(await modelCard.$eval('h1', (e) => e.textContent)).toBe(`Model card: convnext-lung ${metadata.version}`);
    const hashes = await modelCard.$$eval('[data-testid="mc-sha256"]', (els) => els.map((e) => e.textContent));
    expect(hashes).toContain(createHash('sha256').update(readFileSync(join(MODEL_DIR, 'model.json'))).digest('hex'));
    expect(await modelCard.$eval('[data-testid="mc-test-accuracy"]', (e) => e.textContent))
      .toBe(`${(100 * metadata.training.metrics.test.accuracy).toFixed(1)} %`);
    expect(await modelCard.$eval('body', (e) => e.textContent)).toMatch(/not for diagnosis/i);
    expect(await seriousA11yViolations(modelCard)).toEqual([]);
    await modelCard.setViewport({ width: 900, height: 1400 });
    await modelCard.screenshot({ path: join(ARTIFACTS, 'trust-model-card.png'), fullPage: true });
  });
});
