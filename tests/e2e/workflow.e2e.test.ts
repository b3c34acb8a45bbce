/**
 * Researcher workflow in real headless Chromium with the built extension (dist/chrome),
 * the real model and real LC25000 test-split images: history with provenance and its
 * export after real classifications, "classify all images" on a test page, the keyboard
 * shortcut with focus handling, the options page, and an axe-core accessibility audit.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationLine } from '../../src/core/citation';
import { historyCsvHeader } from '../../src/core/export-history';
import { modelChecksumInput } from '../../src/core/model-checksum';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { readMetadata } from '../helpers/node-model';
import { clickClassifyTissue, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { ARTIFACTS, CLASS_RE, DISPLAY, FIXTURES, uploadInPopup } from './popup-expectations';
import { allowDownloads, openPopupOver, readHistoryVia, seriousAxeViolations } from './workflow-helpers';
import { openDemoPage } from './demo-page';

let server: DemoServer;
let session: ExtensionSession;
let extPage: Page;
const popupUrl = () => `chrome-extension://${session.extensionId}/src/popup/index.html`;

/** sha256 of a PNG's RGBA pixels as a lossless decoder gives them. */
function pngPixelSha256(file: string): string {
  const png = PNG.sync.read(readFileSync(join(FIXTURES, file)));
  return createHash('sha256').update(png.data).digest('hex');
}

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
  extPage = await session.browser.newPage();
  await extPage.setViewport({ width: 360, height: 700 });
  await extPage.goto(popupUrl());
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('history with provenance', () => {
  it('keeps an upload with the sha256 of its pixels, the model checksum and a thumbnail', async () => {
    await uploadInPopup(extPage, 'benign-lungn3693.png');
    const [entry] = await readHistoryVia(extPage);
    expect(entry.provenance).toEqual({ source: 'popup', fileName: 'benign-lungn3693.png' });
    expect(entry.topLabel).toBe('benign');
    expect(entry.probabilities.map((p) => p.label)).toEqual(['adenocarcinoma', 'benign', 'squamous_cell_carcinoma']);
    expect(entry.imageSha256).toBe(pngPixelSha256('benign-lungn3693.png'));
    const metadata = readMetadata();
    expect(entry.model).toEqual({ name: metadata.name, version: metadata.version, checksum: createHash('sha256').update(modelChecksumInput(metadata)).digest('hex') });
    expect(entry.extension).toEqual({ name: 'Lung Tissue Classifier', version: '0.1.0' });
    expect(entry.backend).toBe('wasm');
    expect(entry.imageSize).toEqual({ width: 224, height: 224 });
    expect(entry.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    expect(entry.thumbnail.length).toBeLessThan(8000);
    // The popup's History view shows it, newest first.
    await extPage.waitForFunction(() => document.querySelectorAll('[data-testid="ltc-history-item"]').length >= 1);
    expect(await extPage.$eval('[data-testid="ltc-history-item"]', (li) => li.textContent)).toMatch(/^Benign tissue \d+\.\d %Upload/);
    expect(await extPage.$eval('[data-testid="ltc-shortcut"]', (e) => e.textContent)).toBe('Shortcut: Alt+Shift+L classifies the focused or hovered image.');
  });

  it('keeps a right-click with page URL, page title and image URL', async () => {
    const page = await openDemoPage(session.browser, server.origin);
    await clickClassifyTissue(session, page, '#cross-origin');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement.startsWith(DISPLAY.benign)).toBe(true);
    await extPage.waitForFunction(async () => {
      const r = (await chrome.runtime.sendMessage({ type: 'history-list', target: 'background', request: {} })) as { ok: boolean; value: { entries: { provenance: { source: string } }[] } };
      return r.value.entries[0]?.provenance.source === 'context-menu';
    }, { polling: 200, timeout: 10_000 });
    const [entry] = await readHistoryVia(extPage);
    expect(entry.provenance).toEqual({
      source: 'context-menu',
      page: { url: `${server.origin}/`, title: 'Lung tissue classifier — demo page' },
      imageUrl: `${server.crossOrigin}/images/benign-lungn726.jpg`,
    });
    expect(entry.imageSha256).toMatch(/^[0-9a-f]{64}$/);

    // "Copy result" on the page's card copies the same line as the history entry's citation
    // (same image hash and model checksum; only the entry's own time can differ by a few ms).
    await session.browser.defaultBrowserContext().overridePermissions(server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.bringToFront();
    const copyButton = await page.waitForSelector('lung-tissue-classifier-overlay >>> [data-testid="ltc-copy-result"]');
    await copyButton!.click();
    await page.waitForSelector('lung-tissue-classifier-overlay >>> [data-testid="ltc-copy-status"]');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const withoutTime = (line: string) => line.replace(/classified \S+\./, 'classified <time>.');
    expect(withoutTime(copied)).toBe(withoutTime(citationLine(entry)));
    await page.close();
  });

  it('exports CSV and JSON whose contents match the stored entries', async () => {
    const dir = join(ARTIFACTS, 'downloads');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await allowDownloads(session.browser, dir);
    const entries = await readHistoryVia(extPage);
    await extPage.reload();
    await extPage.waitForSelector('[data-testid="ltc-history-item"]');
    const [csvButton, jsonButton] = await extPage.$$('xpath/.//button[text()="Export CSV" or text()="Export JSON"]');
    await csvButton.click();
    await jsonButton.click();
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f)).length < 2) await new Promise((r) => setTimeout(r, 100));
    const csvFile = readdirSync(dir).find((f) => f.endsWith('.csv'));
    const jsonFile = readdirSync(dir).find((f) => f.endsWith('.json'));
    expect(csvFile).toMatch(/^lung-tissue-history-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.csv$/);
    const csv = readFileSync(join(dir, csvFile!), 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(historyCsvHeader(['adenocarcinoma', 'benign', 'squamous_cell_carcinoma']).join(','));
    expect(lines).toHaveLength(entries.length + 2); // header, rows, trailing CRLF
    const first = lines[1].split(',');
    const header = lines[0].split(',');
    const col = (name: string) => first[header.indexOf(name)];
    expect(col('source')).toBe('context-menu');
    expect(col('image_sha256')).toBe(entries[0].imageSha256);
    expect(Number(col('p_benign'))).toBe(entries[0].probabilities[1].probability);
    expect(col('model_checksum')).toBe(entries[0].model.checksum);
    const json = JSON.parse(readFileSync(join(dir, jsonFile!), 'utf8'));
    expect(json.format).toBe('lung-tissue-classifier-history');
    expect(json.entries).toEqual(entries);
  });

  it('copies a citation line naming model checksum, class, image, page and time', async () => {
    await session.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${session.extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const [entry] = await readHistoryVia(extPage);
    await extPage.bringToFront();
    await extPage.click('[data-testid="ltc-history-item"] button');
    await extPage.waitForFunction(() => /Citation copied/.test(document.querySelector('[data-testid="ltc-history-status"]')?.textContent ?? ''));
    const text = await extPage.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(`Lung Tissue Classifier 0.1.0 (model ${entry.model.name} ${entry.model.version}, sha256 ${entry.model.checksum.slice(0, 16)}, wasm): Benign tissue `);
    expect(text).toContain(`— ${server.crossOrigin}/images/benign-lungn726.jpg, "Lung tissue classifier — demo page", ${server.origin}/, pixels sha256 ${entry.imageSha256.slice(0, 16)}, classified ${entry.time}.`);
  });

  it('"Copy result" on the popup\'s result card gives the citation line of that result', async () => {
    await session.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${session.extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await extPage.bringToFront();
    await uploadInPopup(extPage, 'squamous_cell_carcinoma-lungscc942.jpg');
    await extPage.click('[data-testid="ltc-copy-result"]');
    await extPage.waitForSelector('[data-testid="ltc-copy-status"]');
    const copied = await extPage.evaluate(() => navigator.clipboard.readText());
    const [entry] = await readHistoryVia(extPage);
    expect(entry.provenance.fileName).toBe('squamous_cell_carcinoma-lungscc942.jpg');
    expect(copied.replace(/classified \S+\./, '')).toBe(citationLine(entry).replace(/classified \S+\./, ''));
    expect(copied).toMatch(/: Squamous cell carcinoma \d+\.\d % \(Adenocarcinoma \d+\.\d %, Benign tissue \d+\.\d %\) — squamous_cell_carcinoma-lungscc942\.jpg, pixels sha256 [0-9a-f]{16}, classified /);
  });

  it('keeps nothing while history is switched off, and deletes one or all', async () => {
    const before = (await readHistoryVia(extPage)).length;
    await session.worker.evaluate(() => chrome.storage.local.set({ historyEnabled: false }));
    await uploadInPopup(extPage, 'adenocarcinoma-lungaca2666.jpg');
    expect(await readHistoryVia(extPage)).toHaveLength(before);
    await session.worker.evaluate(() => chrome.storage.local.set({ historyEnabled: true }));
    const [newest] = await readHistoryVia(extPage);
    await extPage.click(`button[aria-label="Delete ${newest.topDisplayName}, ${newest.time}"]`);
    await extPage.waitForFunction((n) => document.querySelectorAll('[data-testid="ltc-history-item"]').length === n, {}, before - 1);
    expect((await readHistoryVia(extPage)).some((e) => e.id === newest.id)).toBe(false);
    const all = await extPage.$$('xpath/.//button[text()="Delete all…"]');
    await all[0].click();
    await (await extPage.$$('xpath/.//button[starts-with(text(), "Delete all ")]'))[0].click();
    await extPage.waitForFunction(() => document.querySelectorAll('[data-testid="ltc-history-item"]').length === 0);
    expect(await readHistoryVia(extPage)).toEqual([]);
  });
});

describe('classify all images on a page', () => {
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/demo/batch.html`);
    await page.waitForFunction(() => (document.getElementById('b-plain') as HTMLImageElement).complete);
  });

  it('classifies every visible image ≥ 128 px (srcset, loading=lazy, data-src) and leaves out the small one', async () => {
    // Not loaded yet: far below the fold.
    expect(await page.$eval('#b-lazy', (i) => (i as HTMLImageElement).naturalWidth)).toBe(0);
    popup = await openPopupOver(session, page);
    const t0 = Date.now();
    await popup.click('[data-testid="ltc-batch-start"]');
    await popup.waitForFunction(() => /^Done:/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 90_000, polling: 200 });
    const seconds = (Date.now() - t0) / 1000;
    const status = await popup.$eval('[data-testid="ltc-batch-status"]', (e) => e.textContent);
    expect(status).toBe('Done: 4 images classified or checked; 1 image under 128 px left out.');
    const rows = await popup.$$eval('[data-testid="ltc-batch-table"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent ?? '')));
    const byAlt = Object.fromEntries(rows.map(([, alt, result]) => [alt, result]));
    expect(Object.keys(byAlt).sort()).toEqual([
      'Figure 1: adenocarcinoma', 'Figure 2: benign tissue (srcset)', 'Figure 3: squamous cell carcinoma (data-src)', 'Figure 4: benign tissue (loading=lazy, far below)',
    ]);
    expect(byAlt['Figure 1: adenocarcinoma']).toMatch(CLASS_RE);
    expect(byAlt['Figure 1: adenocarcinoma'].startsWith(DISPLAY.adenocarcinoma)).toBe(true);
    expect(byAlt['Figure 2: benign tissue (srcset)'].startsWith(DISPLAY.benign)).toBe(true);
    expect(byAlt['Figure 3: squamous cell carcinoma (data-src)'].startsWith(DISPLAY.squamous_cell_carcinoma)).toBe(true);
    expect(byAlt['Figure 4: benign tissue (loading=lazy, far below)'].startsWith(DISPLAY.benign)).toBe(true);
    console.log(`batch of 4 images: ${seconds.toFixed(1)} s from click to done (WASM, cold model)`);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-batch.png'), fullPage: true });
  });

  it('puts a badge on each classified image and none on the small or hidden one', async () => {
    const badges = await page.$$eval('lung-tissue-classifier-badge', (hosts) => hosts.map((h) => h.shadowRoot!.querySelector('[data-testid="ltc-badge"]')!.textContent!.replace(/\u00a0/g, ' ')));
    expect(badges).toHaveLength(4);
    for (const b of badges) expect(b).toMatch(CLASS_RE);
    // The badge sits on its image's top-left corner.
    const [plainRect, badgeRect] = await page.evaluate(() => {
      const img = document.getElementById('b-plain')!.getBoundingClientRect();
      const hosts = Array.from(document.querySelectorAll('lung-tissue-classifier-badge'));
      const badge = hosts.map((h) => h.shadowRoot!.querySelector('.ltc-badge')!.getBoundingClientRect()).find((r) => Math.abs(r.left - img.left) < 10 && Math.abs(r.top - img.top) < 10);
      return [{ left: img.left, top: img.top }, badge ? { left: badge.left, top: badge.top } : null];
    });
    expect(badgeRect).not.toBeNull();
    expect(badgeRect!.left - plainRect!.left).toBe(4);
    await page.screenshot({ path: join(ARTIFACTS, 'batch-badges.png'), clip: { x: 0, y: 0, width: 1280, height: 600 } });
  });

  it('records each batch result in the history with the page and the URL the browser showed', async () => {
    const entries = (await readHistoryVia(popup)).filter((e) => e.provenance.source === 'page-batch');
    expect(entries).toHaveLength(4);
    const urls = entries.map((e) => e.provenance.imageUrl).sort();
    expect(urls).toEqual([
      `${server.origin}/images/adenocarcinoma-lungaca2666.jpg`,
      `${server.origin}/images/benign-lungn1945.jpg`, // the srcset candidate, not src
      `${server.origin}/images/benign-lungn726.jpg`,
      `${server.origin}/images/squamous_cell_carcinoma-lungscc4175.jpg`, // data-src
    ]);
    expect(entries[0].provenance.page).toEqual({ url: `${server.origin}/demo/batch.html`, title: 'Lung tissue classifier — classify all images (test page)' });
  });

  it('shows progress and cancels: the image in progress finishes, the rest are marked cancelled', async () => {
    // Same page, not reloaded: the first run's badges are still there. Five more figures from a slow server (1.5 s each), so there is time to cancel.
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) {
        const img = document.createElement('img');
        Object.assign(img, { width: 224, height: 224, alt: `Slow figure ${i + 1}`, src: `/images/benign-lungn3629.jpg?delay=1500&n=${i}` });
        document.querySelector('main')!.prepend(img);
      }
    });
    await page.waitForFunction(() => Array.from(document.querySelectorAll('main img')).every((i) => (i as HTMLImageElement).complete), { timeout: 20_000 });
    await popup.click('[data-testid="ltc-batch-start"]');
    await popup.waitForFunction(() => /^Classifying image 1 of 9/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''));
    expect(await popup.$eval('progress', (p) => [(p as HTMLProgressElement).max, (p as HTMLProgressElement).value])).toEqual([9, 0]);
    await popup.click('[data-testid="ltc-batch-cancel"]');
    await popup.waitForFunction(() => /^Cancelled after/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 60_000 });
    const statuses = await popup.$$eval('[data-testid="ltc-batch-table"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-status')));
    expect(statuses[0]).toBe('done'); // the one in flight when Cancel was pressed
    expect(statuses.slice(1).every((s) => s === 'cancelled'), statuses.join()).toBe(true);
    expect(await popup.$eval('[data-testid="ltc-batch-status"]', (e) => e.textContent)).toBe('Cancelled after 1 of 9 images.');
    // One badge per image, also on a second run over the same page.
    expect(await page.$$eval('lung-tissue-classifier-badge', (b) => b.length)).toBe(9);
    await popup.close();
    await page.close();
  });
});

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
    const focus = await page.evaluate(() => ({
      host: document.activeElement?.tagName.toLowerCase(),
      inner: document.activeElement?.shadowRoot?.activeElement?.getAttribute('role'),
    }));
    expect(focus).toEqual({ host: 'lung-tissue-classifier-overlay', inner: 'dialog' });
    // Reachable by keyboard: Tab moves to the close button inside the card.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label'))).toBe('Close');
    await page.keyboard.press('Escape');
    expect(await page.$$('lung-tissue-classifier-overlay')).toHaveLength(0);
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
    const cardLeft = () => page.$eval('lung-tissue-classifier-overlay', (h) => h.shadowRoot!.querySelector('.ltc-overlay')!.getBoundingClientRect().left);
    const img = await page.$eval('#plain', (i) => { const r = i.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    expect(await cardLeft()).toBeGreaterThanOrEqual(img.right);
    await options.bringToFront();
    await options.click('[data-testid="option-overlayPosition-over"]');
    await page.bringToFront();
    await page.waitForFunction((l) => {
      const card = document.querySelector('lung-tissue-classifier-overlay')!.shadowRoot!.querySelector('.ltc-overlay')!;
      return Math.abs(card.getBoundingClientRect().left - (l + 8)) < 1;
    }, { timeout: 5000 }, img.left);
    await options.bringToFront();
    await options.click('[data-testid="option-overlayPosition-auto"]');
    await page.close();
  });
});

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

  it('overlay on a web page (open shadow root)', async () => {
    const page = await openDemoPage(session.browser, server.origin);
    await clickClassifyTissue(session, page, '#plain');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement).toMatch(CLASS_RE);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
