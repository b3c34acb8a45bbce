/**
 * Trust features in headless Firefox (ESR, WebDriver BiDi) with the built Firefox extension:
 * the event page runs the input check, TTA and the heat map itself. Real model, real images.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { waitForOverlayText } from './extension-browser';
import { clickInCard, evaluateInFirefoxCard, firefoxCardContexts } from './card-frames';
import { clickClassifyTissueFirefox, EXTENSION_ORIGIN, launchFirefoxWithExtension, type FirefoxSession } from './firefox-browser';
import { CLASS_RE, FIXTURES } from './popup-expectations';
import { expectMapsDifferAndFavourTissue, hideHeatMap, negative, showHeatMap, uploadAny } from './trust-expectations';
import { openDemoPage } from './demo-page';

let server: DemoServer;
let session: FirefoxSession;
let popup: Page;

const setStorage = (values: Record<string, unknown>) =>
  popup.evaluate(async (v) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set(v), values);
const text = (testId: string) => popup.$eval(`[data-testid="${testId}"]`, (e) => e.textContent ?? '');

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchFirefoxWithExtension();
  popup = await session.openExtensionPage('src/popup/index.html');
  await popup.setViewport({ width: 360, height: 900 });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox: input check, wording and TTA', () => {
  it('refuses immunohistochemistry and keeps the answer behind "Classify anyway"', async () => {
    expect(await uploadAny(popup, negative('ihc-crop3.jpg'))).toMatch(/^Not assessable: .*immunohistochemistry/);
    await popup.click('[data-testid="ltc-classify-anyway"]');
    expect(await popup.$eval('#ltc-anyway', (e) => (e as HTMLElement).hidden)).toBe(false);
    expect(await popup.$$eval('.ltc-prob-pct', (els) => els.length)).toBe(3);
  });

  it('refuses a text page and a greyscale photo', async () => {
    expect(await uploadAny(popup, negative('text-page2.png'))).toMatch(/^Not assessable: /);
    expect(await uploadAny(popup, negative('greyscale-camera.jpg'))).toMatch(/^Not assessable: no colour/);
    expect(await uploadAny(popup, negative('fluorescence-dapi-tritc0.jpg'))).toMatch(/^Not assessable: .*unlike/);
  });

  it('words a real H&E result and reports view agreement with TTA on', async () => {
    await setStorage({ tta: true });
    expect(await uploadAny(popup, join(FIXTURES, 'benign-lungn3693.jpg'))).toMatch(CLASS_RE);
    expect(await text('ltc-wording')).toMatch(/benign tissue/);
    expect(await text('ltc-agreement')).toMatch(/^[5-8] of 8 flipped\/rotated views agree$/);
    await setStorage({ tta: false });
  });
});

describe('Firefox: heat map', () => {
  it('renders in the popup, differs across images and favours the tissue half', async () => {
    await uploadAny(popup, join(FIXTURES, 'squamous_cell_carcinoma-lungscc4175.jpg'));
    const a = await showHeatMap(popup);
    expect(a.left + a.right).toBeGreaterThan(0);
    await hideHeatMap(popup);
    await expectMapsDifferAndFavourTissue(popup, a, 'trust-firefox-heat-map.png');
  });

  it('renders in the overlay, and the overlay opens the model card', async () => {
    const page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
    const state = await clickClassifyTissueFirefox(popup, page, '#cross-origin-scc');
    expect(state.kind).toBe('result');
    expect((await waitForOverlayText(page, 0)).announcement).toMatch(CLASS_RE);
    // The card is an extension frame: read over WebDriver BiDi, clicked with the mouse as a user does.
    const [context] = await firefoxCardContexts(page);
    const inCard = <T,>(expression: string) => evaluateInFirefoxCard<T>(page, context, expression);
    await page.bringToFront();
    await clickInCard(page, 0, '[data-testid="ltc-heat-toggle"]', inCard);
    let alpha = 0;
    for (const end = Date.now() + 60_000; alpha === 0 && Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      alpha = await inCard<number>(`(() => {
        const c = document.querySelector('[data-testid="ltc-heat-canvas"][data-opacity]');
        if (!c) return 0;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let sum = 0;
        for (let i = 3; i < d.length; i += 4) sum += d[i];
        return sum;
      })()`);
    }
    expect(alpha).toBeGreaterThan(0);

    await clickInCard(page, 0, '[data-testid="ltc-model-card"]', inCard);
    // Puppeteer (BiDi) does not list tabs opened by an extension: ask the extension's tabs API.
    await waitForTab(`${EXTENSION_ORIGIN}/src/model-card/index.html`);
    const modelCard = await session.openExtensionPage('src/model-card/index.html');
    await modelCard.waitForSelector('[data-testid="mc-version"]');
    expect(await modelCard.$$eval('[data-testid="mc-sha256"]', (els) => els.map((e) => e.textContent))).toContain(
      '096fc42cecebf4d7588f88bfb0a1b4cd31318c509c5f577efe0ab6a55a989bc6',
    );
    expect(await modelCard.$eval('body', (e) => e.textContent)).toMatch(/not for diagnosis/i);
  });
});

/** Waits until some tab shows `url` (the extension opened it, so puppeteer may not know it). */
async function waitForTab(url: string, timeoutMs = 20_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const urls = await popup.evaluate(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).map((t) => t.url ?? ''));
    if (urls.includes(url)) return;
  }
  throw new Error(`no tab with ${url} within ${timeoutMs / 1000} s`);
}
