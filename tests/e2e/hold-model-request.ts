/**
 * Makes "in the middle of a request" deterministic in Chromium: test code added to the
 * offscreen document delays the next image decode (`createImageBitmap`, which the
 * extension's host-classify-image handler awaits) by a few seconds, and says so over a
 * BroadcastChannel. The document stays responsive (nothing blocks its thread), so the
 * test can close it or stop the worker while the request is surely in flight. The real
 * decode still runs afterwards; nothing is faked.
 */
import type { Browser, Page } from 'puppeteer';
import { OFFSCREEN_SUFFIX } from './tensor-count';

const CHANNEL = 'ltc-test-hold';

export async function holdNextModelRequest(browser: Browser, extensionPage: Page, holdMs = 3_000): Promise<() => Promise<void>> {
  const offscreen = await (await browser.waitForTarget((t) => t.url().endsWith(OFFSCREEN_SUFFIX))).asPage();
  await extensionPage.evaluate((channel) => {
    const g = globalThis as unknown as { held?: boolean };
    g.held = false;
    new BroadcastChannel(channel).onmessage = () => (g.held = true);
  }, CHANNEL);
  await offscreen.evaluate((channel, ms) => {
    const original = globalThis.createImageBitmap;
    globalThis.createImageBitmap = (async (...args: Parameters<typeof createImageBitmap>) => {
      globalThis.createImageBitmap = original; // once
      new BroadcastChannel(channel).postMessage('held');
      await new Promise((r) => setTimeout(r, ms));
      return original(...args);
    }) as typeof createImageBitmap;
  }, CHANNEL, holdMs);
  return async () => {
    await extensionPage.waitForFunction(() => (globalThis as unknown as { held?: boolean }).held === true, { timeout: 30_000, polling: 10 });
  };
}
