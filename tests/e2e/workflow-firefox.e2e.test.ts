/**
 * The researcher workflow in headless Firefox (ESR, WebDriver BiDi) with dist/firefox:
 * the event page hosts the model and the history. Firefox has no onClicked/onCommand
 * dispatch, so the real handlers the event page exposes are called (as the menu and the
 * shortcut call them), and batch messages are sent from an extension page with the tab id
 * the popup would use.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/core/history-entry';
import { modelChecksumInput } from '../../src/core/model-checksum';
import type { BatchStatus } from '../../src/shared/batch';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { readMetadata } from '../helpers/node-model';
import { waitForOverlayText } from './extension-browser';
import { clickClassifyTissueFirefox, launchFirefoxWithExtension, type FirefoxSession } from './firefox-browser';
import { ARTIFACTS, CLASS_RE, DISPLAY, FIXTURES, uploadInPopup } from './popup-expectations';
import { seriousAxeViolations } from './workflow-helpers';
import { openDemoPage } from './demo-page';

let server: DemoServer;
let session: FirefoxSession;
let ext: Page;

/** Sends a message from the extension page; the reply crosses back as JSON (see firefox-browser.ts). */
async function ask<T>(type: string, request: object): Promise<T> {
  const json = await ext.evaluate(async (t, r) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const reply = (await api.runtime.sendMessage({ type: t, target: 'background', request: r })) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!reply.ok) throw new Error(reply.error!.message);
    return JSON.stringify(reply.value);
  }, type, request);
  return JSON.parse(json) as T;
}

const history = async () => (await ask<{ entries: HistoryEntry[] }>('history-list', {})).entries;

async function tabIdOf(url: string): Promise<number> {
  return ext.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab with ${u}`);
    return tab.id;
  }, url);
}

async function openDemo(path: string): Promise<Page> {
  return openDemoPage(session.browser, server.origin, { width: 1280, height: 900 }, path);
}

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchFirefoxWithExtension();
  ext = await session.openExtensionPage('src/popup/index.html');
  await ext.setViewport({ width: 360, height: 700 });
  await ext.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ backend: 'wasm' }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox: history', () => {
  it('keeps an upload with the sha256 of its pixels and the model checksum', async () => {
    await uploadInPopup(ext, 'squamous_cell_carcinoma-lungscc4175.png');
    const [entry] = await history();
    const png = PNG.sync.read(readFileSync(join(FIXTURES, 'squamous_cell_carcinoma-lungscc4175.png')));
    expect(entry.provenance).toEqual({ source: 'popup', fileName: 'squamous_cell_carcinoma-lungscc4175.png' });
    expect(entry.topLabel).toBe('squamous_cell_carcinoma');
    expect(entry.imageSha256).toBe(createHash('sha256').update(png.data).digest('hex'));
    const metadata = readMetadata();
    expect(entry.model.checksum).toBe(createHash('sha256').update(modelChecksumInput(metadata)).digest('hex'));
    expect(entry.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    await ext.waitForSelector('[data-testid="ltc-history-item"]');
  });

  it('keeps a right-click with page URL, title and image URL', async () => {
    const page = await openDemo('/');
    const state = await clickClassifyTissueFirefox(ext, page, '#plain');
    expect(state.kind).toBe('result');
    await waitForOverlayText(page, 0);
    let entries: HistoryEntry[] = [];
    for (let i = 0; i < 50 && entries[0]?.provenance.source !== 'context-menu'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      entries = await history();
    }
    expect(entries[0].provenance).toEqual({
      source: 'context-menu',
      page: { url: `${server.origin}/`, title: 'Lung tissue classifier — demo page' },
      imageUrl: `${server.origin}/images/adenocarcinoma-lungaca4187.jpg`,
    });
    await page.close();
  });

  it('deletes one entry, then all', async () => {
    const before = await history();
    await ask('history-delete', { id: before[0].id });
    expect((await history()).map((e) => e.id)).toEqual(before.slice(1).map((e) => e.id));
    await ask('history-delete', {});
    expect(await history()).toEqual([]);
  });
});

describe('Firefox: classify all images on a page', () => {
  it('classifies the srcset and lazy images with badges, and leaves out the small one and the unshown data-src one', async () => {
    const page = await openDemo('/demo/batch.html');
    const tabId = await tabIdOf(page.url());
    await ask('batch-start', { tabId });
    let status: BatchStatus;
    do {
      await new Promise((r) => setTimeout(r, 200));
      status = await ask<BatchStatus>('batch-status', { tabId });
    } while (status.state === 'running' || status.state === 'scanning');
    expect(status.state).toBe('done');
    expect(status.tooSmall).toBe(1);
    expect(status.notShown).toBe(1); // the data-src placeholder: only what the page shows is read
    const byAlt = Object.fromEntries(status.items.map((i) => [i.alt, i]));
    expect(byAlt['Figure 1: adenocarcinoma'].label).toBe('adenocarcinoma');
    expect(byAlt['Figure 2: benign tissue (srcset)'].srcUrl).toBe(`${server.origin}/images/benign-lungn1945.jpg`);
    expect(byAlt['Figure 2: benign tissue (srcset)'].label).toBe('benign');
    expect(byAlt['Figure 3: squamous cell carcinoma (data-src)']).toBeUndefined();
    expect(byAlt['Figure 4: benign tissue (loading=lazy, far below)'].label).toBe('benign');
    await page.waitForFunction(() => document.querySelectorAll('lung-tissue-classifier-badge').length === 3);
    const badges = await page.$$eval('lung-tissue-classifier-badge', (hosts) => hosts.map((h) => h.shadowRoot!.querySelector('.ltc-badge')!.textContent!.replace(/\u00a0/g, ' ')));
    for (const b of badges) expect(b).toMatch(CLASS_RE);
    expect((await history()).filter((e) => e.provenance.source === 'page-batch')).toHaveLength(3);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-batch-badges.png') });
    await page.close();
  });
});

describe('Firefox: keyboard shortcut', () => {
  it('classifies the focused image, focuses the card, and Esc gives focus back', async () => {
    const page = await openDemo('/');
    await page.$eval('#scaled', (img) => img.setAttribute('tabindex', '0'));
    await page.focus('#scaled');
    const url = page.url();
    const state = await ext.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome & { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === u);
      const bg = (await api.runtime.getBackgroundPage()) as Window & { classifyFromCommand?: (tab: object) => Promise<unknown> };
      if (!bg.classifyFromCommand) throw new Error('the background page does not expose classifyFromCommand');
      return JSON.stringify(await bg.classifyFromCommand(tab!));
    }, url);
    expect(JSON.parse(state).kind).toBe('result');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement.startsWith(DISPLAY.benign)).toBe(true);
    await page.waitForFunction(() => document.activeElement?.tagName.toLowerCase() === 'lung-tissue-classifier-overlay');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('lung-tissue-classifier-overlay:not([hidden])').length === 0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scaled');
    await page.close();
  });
});

describe('Firefox: options page and accessibility', () => {
  it('saves a change to extension storage', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForSelector('[data-testid="option-overlayPosition-left"]');
    await options.click('[data-testid="option-overlayPosition-left"]');
    await options.waitForFunction(() => /Saved/.test(document.querySelector('[data-testid="options-status"]')?.textContent ?? ''));
    const stored = await ext.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get('overlayPosition'));
    expect(stored).toEqual({ overlayPosition: 'left' });
    expect(await seriousAxeViolations(options)).toEqual([]);
    await options.click('[data-testid="option-overlayPosition-auto"]');
    await options.close();
  });

  it('popup has no serious or critical axe violations', async () => {
    expect(await seriousAxeViolations(ext)).toEqual([]);
  });
});
