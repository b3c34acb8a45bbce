/**
 * End to end in headless Firefox (ESR) over WebDriver BiDi with the built Firefox
 * extension (dist/firefox): the event page itself hosts the model, and is suspended when
 * idle. Real bundled model, real JPEGs from the group-held-out test split.
 *
 * The class is checked only on fixtures the bundled (temporary) model gets right; other
 * images only have to show a well-formed result.
 */
import { waitForSuspension } from './wait-for-suspension';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { waitForOverlayText } from './extension-browser';
import { ARTIFACTS, CLASS_RE, DISPLAY, FIXTURES, uploadInPopup } from './popup-expectations';
import { classifyViaRuntimeFirefox, clickClassifyTissueFirefox, launchFirefoxWithExtension, type FirefoxSession } from './firefox-browser';

const POPUP = 'src/popup/index.html';

const base64Of = (file: string) => readFileSync(join(FIXTURES, file)).toString('base64');

/** The backend `auto` should pick in this browser: WebGPU only on a hardware adapter. */
async function expectedBackend(extensionPage: Page): Promise<string> {
  const hardware = await extensionPage.evaluate(async () => {
    type Adapter = { isFallbackAdapter?: boolean } | null;
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<Adapter> } }).gpu;
    const adapter = await gpu?.requestAdapter().catch(() => null);
    return !!adapter && adapter.isFallbackAdapter !== true;
  });
  return hardware ? 'webgpu' : 'wasm';
}

describe('Firefox', () => {
  let server: DemoServer;
  let session: FirefoxSession;
  let popup: Page;
  let page: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchFirefoxWithExtension();
    popup = await session.openExtensionPage(POPUP);
    await popup.setViewport({ width: 360, height: 600 });
    page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('body[data-ready="true"]');
    // A data: URL image of one of the fixtures whose class is asserted (see above); the
    // demo page's own data: image is not one of them.
    await page.evaluate((b64) => {
      const img = document.createElement('img');
      img.id = 'test-data-url';
      img.alt = 'Adenocarcinoma test tile as a data: URL (added by the test)';
      img.src = `data:image/jpeg;base64,${b64}`;
      document.body.append(img);
    }, base64Of('adenocarcinoma-lungaca4187.jpg'));
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  describe('context menu → overlay', () => {
    let overlays = 0;
    // [selector, how the page shows it, expected class]
    const cases: [string, string, string][] = [
      ['#plain', 'same-origin', 'adenocarcinoma'], // adenocarcinoma-lungaca4187.jpg
      ['#scaled', 'same-origin, CSS-scaled', 'benign'], // benign-lungn3693.jpg
      ['#test-data-url', 'data: URL', 'adenocarcinoma'], // adenocarcinoma-lungaca4187.jpg
      ['#cross-origin', 'cross-origin, no CORS', 'benign'], // benign-lungn726.jpg
      ['#blob-url', 'blob: URL, read by the content script', 'adenocarcinoma'], // adenocarcinoma-lungaca2249.jpg
    ];
    it.each(cases)('%s (%s) shows a result (%s)', async (selector, _how, label) => {
      const state = await clickClassifyTissueFirefox(popup, page, selector);
      const { announcement, error } = await waitForOverlayText(page, overlays++);
      expect(error).toBeNull();
      expect(announcement).toMatch(CLASS_RE);
      expect(announcement.startsWith(DISPLAY[label]), announcement).toBe(true);
      expect(state.kind === 'result' && state.result.backend).toBe(await expectedBackend(popup));
    });

    it('shows the HTTP status for a missing image', async () => {
      await clickClassifyTissueFirefox(popup, page, '#missing');
      const { error } = await waitForOverlayText(page, overlays++);
      expect(error).toContain('HTTP 404');
    });

    it('says so when the "image" is an HTML page', async () => {
      await clickClassifyTissueFirefox(popup, page, '#not-an-image');
      const { error } = await waitForOverlayText(page, overlays++);
      expect(error).toMatch(/is not a JPEG, PNG, GIF, WebP or BMP image/);
      await page.screenshot({ path: join(ARTIFACTS, 'firefox-overlay-demo-page.png'), fullPage: true });
    });
  });

  describe('popup upload', () => {
    it.each([['adenocarcinoma-lungaca4187.jpg', 'adenocarcinoma'], ['benign-lungn726.jpg', 'benign']])(
      'upload of %s shows %s',
      async (file, label) => {
        const announcement = await uploadInPopup(popup, file);
        expect(announcement.startsWith(DISPLAY[label]), announcement).toBe(true);
        await popup.screenshot({ path: join(ARTIFACTS, `firefox-popup-${label}.png`) });
      },
    );
  });
});

describe('Firefox event page suspended when idle', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefoxWithExtension({ idleTimeoutMs: 1_000 });
  });
  afterAll(() => session?.close());

  it('reloads the model on wake and answers the request that woke it', async () => {
    const popup = await session.openExtensionPage(POPUP);
    const file = 'benign-lungn726.jpg';
    expect((await classifyViaRuntimeFirefox(popup, base64Of(file), 'image/jpeg', file)).top.label).toBe('benign');

    // Proof that the next request wakes a fresh page.
    await waitForSuspension(popup, 30_000);

    const result = await classifyViaRuntimeFirefox(popup, base64Of(file), 'image/jpeg', file);
    expect(result.top.label).toBe('benign');
  });
});
