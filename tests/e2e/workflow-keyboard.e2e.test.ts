/**
 * Researcher workflow, keyboard (real headless Chromium, built extension, real model): the
 * Alt+Shift+L command on the focused or hovered image, focus moving into the card and back.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/demo-server';
import { waitForOverlayText, type ExtensionSession } from './extension-browser';
import { DISPLAY } from './popup-expectations';
import { closeWorkflowBrowser, openWorkflowBrowser } from './workflow-browser';
import { openDemoPage } from './demo-page';
import { cardFrames } from './card-frames';

let server: DemoServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await openWorkflowBrowser());
});
afterAll(() => closeWorkflowBrowser(session, server));

describe('keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 900 });
  });

  // Other tests find their tab by URL: this one must not be left open with the same URL.
  afterAll(() => page.close());

  const pressShortcut = () =>
    session.worker.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab with ${url}`);
      // As the browser does for the real key press: fires the listener added with addListener.
      (chrome.commands.onCommand as unknown as { dispatch(c: string, t: object): void }).dispatch('classify-hovered-image', tab);
    }, page.url());

  it('the shortcut classifies the focused image, moves focus into the card, and Esc gives it back', async () => {
    await page.$eval('#scaled', (img) => img.setAttribute('tabindex', '0'));
    await page.focus('#scaled');
    await pressShortcut();
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement.startsWith(DISPLAY.benign)).toBe(true);
    // The page sees focus on the card's host (its shadow root is closed); inside the card frame it is on the card.
    const card = cardFrames(page)[0];
    await card.waitForFunction(() => document.activeElement?.getAttribute('role') === 'dialog' && document.hasFocus(), { timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('lung-tissue-classifier-overlay');
    // Reachable by keyboard: Tab moves to the close button inside the card.
    await page.keyboard.press('Tab');
    expect(await card.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close');
    await page.keyboard.press('Escape');
    expect(await page.$$('lung-tissue-classifier-overlay:not([hidden])')).toHaveLength(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scaled');
  });

  it('without focus, it classifies the image under the pointer', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.hover('#plain');
    await pressShortcut();
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement.startsWith(DISPLAY.adenocarcinoma)).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('with no image focused or hovered, says what to do instead of doing nothing', async () => {
    await page.mouse.move(5, 5);
    await pressShortcut();
    const { error } = await waitForOverlayText(page, 0);
    expect(error).toMatch(/No image has keyboard focus or is under the pointer/);
    await page.keyboard.press('Escape');
  });
});
