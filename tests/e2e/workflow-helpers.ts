/** Helpers for the researcher-workflow tests: the real popup over a tab, history, downloads, axe. */
import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'puppeteer';
import type { HistoryEntry } from '../../src/core/history-entry';
import type { ExtensionSession } from './extension-browser';

const require = createRequire(import.meta.url);

/** Opens the real toolbar popup over `page` (so the popup's "current tab" is that page). */
export async function openPopupOver(session: ExtensionSession, page: Page): Promise<Page> {
  await page.bringToFront();
  // Tabs showing the popup page are not the popup: only a target that appears now is.
  const before = new Set(session.browser.targets());
  const extension = (await session.browser.extensions()).get(session.extensionId);
  if (!extension) throw new Error('the extension is not listed by the browser');
  await page.triggerExtensionAction(extension);
  const target = await session.browser.waitForTarget((t) => !before.has(t) && t.url().endsWith('/src/popup/index.html') && t.type() === 'page', { timeout: 15_000 });
  const popup = (await target.asPage())!;
  await popup.waitForSelector('[data-testid="ltc-batch-start"]');
  return popup;
}

/** The stored history, read through the real 'history-list' message from an extension page. */
export async function readHistoryVia(extensionPage: Page): Promise<HistoryEntry[]> {
  return extensionPage.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'history-list', target: 'background', request: {} })) as
      { ok: true; value: { entries: HistoryEntry[] } } | { ok: false; error: { message: string } };
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value.entries;
  });
}

/** Makes the browser save downloads into `dir` without asking. */
export async function allowDownloads(browser: Browser, dir: string): Promise<void> {
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2 A/AA rules) in the page, shadow roots included; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page | Frame): Promise<AxeViolation[]> {
  const source = (require('axe-core') as { source: string }).source;
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
