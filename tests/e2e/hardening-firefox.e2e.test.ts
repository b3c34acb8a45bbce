/**
 * The hardening checks in Firefox (event page as the inference host): the bad inputs
 * through the context-menu handler and the popup, each ending in its specific message
 * with the event page's tensor count back at its baseline, and an extension reload
 * (runtime.reload) after which the next request works.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverlayState } from '../../src/shared/messages';
import { tissueBytes } from '../helpers/bad-images';
import { MENU_ERROR_CASES, popupErrorFiles, popupResultFiles, writeInputFiles } from './bad-input-cases';
import { waitForOverlayText } from './extension-browser';
import { classifyViaRuntimeFirefox, clickClassifyTissueFirefox, launchFirefoxWithExtension, type FirefoxSession } from './firefox-browser';
import { startHardeningServer, type HardeningServer } from './hardening-server';
import { addImages } from './menu-click';
import { CLASS_RE, uploadFileInPopup, waitForPopupText } from './popup-expectations';
import { eventPageTensorCount } from './tensor-count';

const POPUP = 'src/popup/index.html';
let server: HardeningServer;
let session: FirefoxSession;
let popup: Page;
let page: Page;
let baseline: number;
let overlays = 0;

const classify = (p: Page, file: string) => classifyViaRuntimeFirefox(p, tissueBytes(file).toString('base64'), 'image/jpeg', file);
const expectNoLeak = async () => expect(await eventPageTensorCount(popup)).toBe(baseline);

beforeAll(async () => {
  server = await startHardeningServer();
  session = await launchFirefoxWithExtension();
  popup = await session.openExtensionPage(POPUP);
  await popup.setViewport({ width: 360, height: 600 });
  expect((await classify(popup, 'benign-lungn726.jpg')).top.label).toBe('benign');
  baseline = await eventPageTensorCount(popup);
  expect(baseline).toBeGreaterThan(0); // the model's weights: the engine was really read
  page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/page/blank`);
  await addImages(page, [
    ...MENU_ERROR_CASES.map(([, path], i) => ({ id: `bad${i}`, src: `${server.origin}${path}` })),
    { id: 'gif', src: `${server.origin}/bad/animated.gif` },
    { id: 'redirect', src: `${server.origin}/bad/redirect.jpg` },
  ]);
}, 180_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('context menu (Firefox)', () => {
  it.each(MENU_ERROR_CASES.map((c, i) => [...c, i] as const))('%s → a specific message', async (_what, _path, message, i) => {
    const state: OverlayState = await clickClassifyTissueFirefox(popup, page, `#bad${i}`);
    expect(state.kind === 'error' && state.error.message, JSON.stringify(state)).toMatch(message);
    expect((await waitForOverlayText(page, overlays++)).error).toMatch(message);
    await expectNoLeak();
  });

  it.each([['#gif', 'benign'], ['#redirect', 'benign']])('%s is classified (first frame / the redirect\'s target)', async (selector, label) => {
    const state = await clickClassifyTissueFirefox(popup, page, selector);
    expect(state.kind === 'result' && state.result.top.label, JSON.stringify(state).slice(0, 300)).toBe(label);
    expect((await waitForOverlayText(page, overlays++)).announcement).toMatch(CLASS_RE);
    await expectNoLeak();
  });

  it('the SVG\'s script never ran', () => expect(server.beaconHits()).toBe(0));
});

describe('popup (Firefox)', () => {
  const waitForText = (re: RegExp, testid: string) => waitForPopupText(popup, re, testid);
  const upload = (path: string) => uploadFileInPopup(popup, path);

  it.each(popupErrorFiles('http://127.0.0.1:9/beacon').map(([name, , re]) => [name, re] as const))('%s → a specific message', async (name, message) => {
    await upload(writeInputFiles(popupErrorFiles(`${server.origin}/beacon`))[name]);
    await waitForText(message, 'ltc-error');
    await expectNoLeak();
  });

  it.each(popupResultFiles().map(([name]) => [name]))('%s is classified', async (name) => {
    await upload(writeInputFiles(popupResultFiles())[name]);
    await popup.waitForFunction((n) => !!document.querySelector(`img[alt="${n}"]`), { timeout: 30_000, polling: 100 }, name);
    await waitForText(CLASS_RE, 'ltc-announcement');
    await expectNoLeak();
  });
});

describe('extension reloaded (Firefox)', () => {
  type Ext = { runtime: { getBackgroundPage(): Promise<Window & { reloadMarker?: number }>; reload(): void } };
  const marked = (p: Page) => p.evaluate(async () =>
    (await (globalThis as unknown as { browser: Ext }).browser.runtime.getBackgroundPage()).reloadMarker === 1);

  it('runtime.reload(): the next request works', async () => {
    // A mark on the event page's global: gone afterwards, so the page really was replaced.
    await popup.evaluate(async () => {
      (await (globalThis as unknown as { browser: Ext }).browser.runtime.getBackgroundPage()).reloadMarker = 1;
    });
    expect(await marked(popup)).toBe(true);
    await popup.evaluate(() => {
      (globalThis as unknown as { browser: Ext }).browser.runtime.reload();
    }).catch(() => undefined); // the page goes away with the extension
    // Retried until the reloaded add-on serves its pages again.
    let answer = '';
    for (let attempt = 0; attempt < 20 && !answer; attempt++) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        const fresh = await session.openExtensionPage(POPUP);
        answer = (await classify(fresh, 'squamous_cell_carcinoma-lungscc4175.jpg')).top.label;
        popup = fresh;
      } catch {
        // not back yet
      }
    }
    expect(answer).toBe('squamous_cell_carcinoma');
    expect(await marked(popup)).toBe(false);
    expect(await eventPageTensorCount(popup)).toBe(baseline);
  });
});
