/**
 * Researcher workflow, options page (real headless Chromium, built extension): settings
 * stored and applied at once, including to a result card already open.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/demo-server';
import { clickClassifyTissue, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { ARTIFACTS } from './popup-expectations';
import { closeWorkflowBrowser, openWorkflowBrowser } from './workflow-browser';
import { openDemoPage } from './demo-page';
import { CARD_FRAME_MARGIN } from '../../src/shared/card-frame';

let server: DemoServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await openWorkflowBrowser());
});
afterAll(() => closeWorkflowBrowser(session, server));

describe('options page', () => {
  let options: Page;
  beforeAll(async () => {
    options = await session.browser.newPage();
    await options.setViewport({ width: 900, height: 1100 });
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    await options.waitForSelector('[data-testid="option-backend-wasm"]');
  });

  it('shows the stored settings and saves each change to extension storage', async () => {
    expect(await options.$eval('[data-testid="option-backend-wasm"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval('[data-testid="option-historyEnabled-true"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    await options.click('[data-testid="option-tta-true"]');
    await options.click('[data-testid="option-inputCheck-strict"]');
    await options.waitForFunction(() => /Saved/.test(document.querySelector('[data-testid="options-status"]')?.textContent ?? ''));
    const stored = await session.worker.evaluate(() => chrome.storage.local.get(['tta', 'inputCheck']));
    expect(stored).toEqual({ tta: true, inputCheck: 'strict' });
    await options.click('[data-testid="option-tta-false"]');
    await options.click('[data-testid="option-inputCheck-standard"]');
    await options.screenshot({ path: join(ARTIFACTS, 'options.png'), fullPage: true });
  });

  it('overlay position applies to an open overlay without a reload', async () => {
    const page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 900 });
    await clickClassifyTissue(session, page, '#plain');
    await waitForOverlayText(page, 0);
    // The card sits CARD_FRAME_MARGIN inside its host (the frame leaves room for its shadow).
    const cardLeft = () => page.$eval('lung-tissue-classifier-overlay', (h, m) => h.getBoundingClientRect().left + m, CARD_FRAME_MARGIN);
    const img = await page.$eval('#plain', (i) => { const r = i.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    expect(await cardLeft()).toBeGreaterThanOrEqual(img.right);
    await options.bringToFront();
    await options.click('[data-testid="option-overlayPosition-over"]');
    await page.bringToFront();
    await page.waitForFunction((l, m) => {
      const host = document.querySelector('lung-tissue-classifier-overlay')!;
      return Math.abs(host.getBoundingClientRect().left + m - (l + 8)) < 1;
    }, { timeout: 5000 }, img.left, CARD_FRAME_MARGIN);
    await options.bringToFront();
    await options.click('[data-testid="option-overlayPosition-auto"]');
    await page.close();
  });
});
