/**
 * Researcher workflow, "Classify all images on this page" (real headless Chromium, built
 * extension, real model): which images are taken, badges, history entries, progress and
 * cancel, on demo/batch.html.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../scripts/demo-server';
import type { ExtensionSession } from './extension-browser';
import { ARTIFACTS, CLASS_RE, DISPLAY } from './popup-expectations';
import { openPopupOver, readHistoryVia } from './workflow-helpers';
import { closeWorkflowBrowser, openWorkflowBrowser } from './workflow-browser';

let server: DemoServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await openWorkflowBrowser());
});
afterAll(() => closeWorkflowBrowser(session, server));

describe('classify all images on a page', () => {
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/demo/batch.html`);
    await page.waitForFunction(() => (document.getElementById('b-plain') as HTMLImageElement).complete);
  });

  it('classifies every visible image ≥ 128 px (srcset, loading=lazy) and leaves out the small one and the unshown data-src one', async () => {
    // Not loaded yet: far below the fold.
    expect(await page.$eval('#b-lazy', (i) => (i as HTMLImageElement).naturalWidth)).toBe(0);
    popup = await openPopupOver(session, page);
    const t0 = Date.now();
    await popup.click('[data-testid="ltc-batch-start"]');
    await popup.waitForFunction(() => /^Done:/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 90_000, polling: 200 });
    const seconds = (Date.now() - t0) / 1000;
    const status = await popup.$eval('[data-testid="ltc-batch-status"]', (e) => e.textContent);
    expect(status).toBe('Done: 3 images classified or checked; 1 image under 128 px left out; 1 image showing nothing yet or from a file left out.');
    const rows = await popup.$$eval('[data-testid="ltc-batch-table"] tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent ?? '')));
    const byAlt = Object.fromEntries(rows.map(([, alt, result]) => [alt, result]));
    expect(Object.keys(byAlt).sort()).toEqual([
      'Figure 1: adenocarcinoma', 'Figure 2: benign tissue (srcset)', 'Figure 4: benign tissue (loading=lazy, far below)',
    ]);
    expect(byAlt['Figure 1: adenocarcinoma']).toMatch(CLASS_RE);
    expect(byAlt['Figure 1: adenocarcinoma'].startsWith(DISPLAY.adenocarcinoma)).toBe(true);
    expect(byAlt['Figure 2: benign tissue (srcset)'].startsWith(DISPLAY.benign)).toBe(true);
    expect(byAlt['Figure 4: benign tissue (loading=lazy, far below)'].startsWith(DISPLAY.benign)).toBe(true);
    console.log(`batch of 3 images: ${seconds.toFixed(1)} s from click to done (WASM, cold model)`);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-batch.png'), fullPage: true });
  });

  it('puts a badge on each classified image and none on the small or hidden one', async () => {
    const badges = await page.$$eval('lung-tissue-classifier-badge', (hosts) => hosts.map((h) => h.shadowRoot!.querySelector('[data-testid="ltc-badge"]')!.textContent!.replace(/\u00a0/g, ' ')));
    expect(badges).toHaveLength(3);
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
    expect(entries).toHaveLength(3);
    const urls = entries.map((e) => e.provenance.imageUrl).sort();
    expect(urls).toEqual([
      `${server.origin}/images/adenocarcinoma-lungaca2666.jpg`,
      `${server.origin}/images/benign-lungn1945.jpg`, // the srcset candidate, not src
      `${server.origin}/images/benign-lungn726.jpg`,
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
    await popup.waitForFunction(() => /^Classifying image 1 of 8/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''));
    expect(await popup.$eval('progress', (p) => [(p as HTMLProgressElement).max, (p as HTMLProgressElement).value])).toEqual([8, 0]);
    await popup.click('[data-testid="ltc-batch-cancel"]');
    await popup.waitForFunction(() => /^Cancelled after/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 60_000 });
    const statuses = await popup.$$eval('[data-testid="ltc-batch-table"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-status')));
    expect(statuses[0]).toBe('done'); // the one in flight when Cancel was pressed
    expect(statuses.slice(1).every((s) => s === 'cancelled'), statuses.join()).toBe(true);
    expect(await popup.$eval('[data-testid="ltc-batch-status"]', (e) => e.textContent)).toBe('Cancelled after 1 of 8 images.');
    // One badge per image, also on a second run over the same page.
    expect(await page.$$eval('lung-tissue-classifier-badge', (b) => b.length)).toBe(8);
    await popup.close();
    await page.close();
  });
});
