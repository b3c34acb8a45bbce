/**
 * Researcher workflow, history (real headless Chromium, built extension, real model and
 * LC25000 test-split images): provenance of uploads and right-clicks, CSV/JSON export,
 * citation lines, "Copy result", switching history off and deleting entries. The tests
 * build on each other's entries, in order.
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
import type { DemoServer } from '../../scripts/demo-server';
import { readMetadata } from '../helpers/node-model';
import { clickClassifyTissue, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { ARTIFACTS, DISPLAY, FIXTURES, uploadInPopup } from './popup-expectations';
import { allowDownloads, readHistoryVia } from './workflow-helpers';
import { closeWorkflowBrowser, openWorkflowBrowser } from './workflow-browser';
import { openDemoPage } from './demo-page';
import { cardFrames } from './card-frames';

let server: DemoServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await openWorkflowBrowser());
});
afterAll(() => closeWorkflowBrowser(session, server));
let extPage: Page;

/** sha256 of a PNG's RGBA pixels as a lossless decoder gives them. */
function pngPixelSha256(file: string): string {
  const png = PNG.sync.read(readFileSync(join(FIXTURES, file)));
  return createHash('sha256').update(png.data).digest('hex');
}

beforeAll(async () => {
  extPage = await session.browser.newPage();
  await extPage.setViewport({ width: 360, height: 700 });
  await extPage.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
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
    const card = cardFrames(page)[0];
    const copyButton = await card.waitForSelector('[data-testid="ltc-copy-result"]');
    await copyButton!.click();
    expect(await (await card.waitForSelector('[data-testid="ltc-copy-status"]'))!.evaluate((e) => e.textContent)).toMatch(/^Result copied/);
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
