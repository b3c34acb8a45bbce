/**
 * Researcher workflow, accessibility (real headless Chromium, built extension): axe-core
 * audits of the popup with results, history and a batch table, the options page and the
 * overlay, and the popup at 200 % zoom.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/demo-server';
import { clickClassifyTissue, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { ARTIFACTS, CLASS_RE, uploadInPopup } from './popup-expectations';
import { openPopupOver, seriousAxeViolations } from './workflow-helpers';
import { closeWorkflowBrowser, openWorkflowBrowser } from './workflow-browser';
import { openDemoPage } from './demo-page';
import { cardFrames } from './card-frames';

let server: DemoServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await openWorkflowBrowser());
});
afterAll(() => closeWorkflowBrowser(session, server));
const popupUrl = () => `chrome-extension://${session.extensionId}/src/popup/index.html`;

describe('accessibility (axe-core: no serious or critical WCAG 2.1 A/AA violations)', () => {
  it('popup with a result, history and a batch table', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/demo/batch.html`);
    const popup = await openPopupOver(session, page);
    await popup.click('[data-testid="ltc-batch-start"]');
    await popup.waitForFunction(() => /^Done:/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 90_000 });
    await uploadInPopup(popup, 'squamous_cell_carcinoma-lungscc942.jpg');
    await popup.waitForSelector('[data-testid="ltc-history-item"]');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('popup at 200 % zoom: nothing cut off sideways', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 340, height: 600, deviceScaleFactor: 2 });
    await page.goto(popupUrl());
    await page.waitForSelector('[data-testid="ltc-history"]');
    await uploadInPopup(page, 'benign-lungn1945.jpg');
    await page.waitForSelector('[data-testid="ltc-history-item"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(340);
    await page.screenshot({ path: join(ARTIFACTS, 'popup-zoom-200.png'), fullPage: true });
    await page.close();
  });

  it('options page', async () => {
    const page = await session.browser.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    await page.waitForSelector('[data-testid="option-backend-auto"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('result card on a web page (its own frame) and the page around it', async () => {
    const page = await openDemoPage(session.browser, server.origin);
    await clickClassifyTissue(session, page, '#plain');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement).toMatch(CLASS_RE);
    expect(await seriousAxeViolations(cardFrames(page)[0])).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
