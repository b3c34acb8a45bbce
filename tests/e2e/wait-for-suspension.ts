/**
 * Resolves once Firefox has suspended the extension's event page: a reference to its window,
 * taken first, turns into a "dead object" then. The next request therefore wakes a fresh page.
 */
import type { Page } from 'puppeteer';

export async function waitForSuspension(popup: Page, timeout = 60_000): Promise<void> {
  await popup.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
    (globalThis as unknown as { eventPage: Window }).eventPage = await ext.runtime.getBackgroundPage();
  });
  await popup.waitForFunction(() => {
    try {
      void (globalThis as unknown as { eventPage: Window }).eventPage.document;
      return false;
    } catch {
      return true;
    }
  }, { timeout, polling: 100 });
}
