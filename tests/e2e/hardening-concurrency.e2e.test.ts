/**
 * Concurrency in Chromium: 20 "Classify tissue" requests fired in one burst over 20
 * different images on two tabs. All are answered, each card sits beside its own image
 * and shows that image's result (the one a request for it alone gives), and no tensor
 * is left behind.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { placeOverlay } from '../../src/content/place-overlay';
import { CARD_FRAME_MARGIN } from '../../src/shared/card-frame';
import { cardFrameIds, cardHostTransform, evaluateInCard } from './card-frames';
import { tissueBytes } from '../helpers/bad-images';
import { classifyViaRuntime, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { FIXTURE_IMAGES, startHardeningServer, type HardeningServer } from './hardening-server';
import { privacyViolations, recordNetwork, type NetworkRecorder } from './network-recorder';
import { offscreenTensorCount } from './tensor-count';

let server: HardeningServer;
let session: ExtensionSession;
let recorder: NetworkRecorder;
let popup: Page;
const tabs: { page: Page; files: string[] }[] = [];

beforeAll(async () => {
  server = await startHardeningServer();
  session = await launchWithExtension();
  recorder = await recordNetwork(session.browser);
  await setBackend(session.worker, 'wasm');
  popup = await session.browser.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  for (const [from, tag] of [[0, 'a'], [12, 'b']] as const) {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/page/grid?from=${from}&count=10&tag=${tag}`);
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0));
    tabs.push({ page, files: FIXTURE_IMAGES.slice(from, from + 10) });
  }
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

it('20 requests in a burst on two tabs: all answered, each card beside its own image with its own result', async () => {
  // Each image alone, one after the other: what its card must show.
  const expected = new Map<string, string>();
  for (const file of new Set(tabs.flatMap((t) => t.files))) {
    const r = await classifyViaRuntime(popup, tissueBytes(file).toString('base64'), file.endsWith('.png') ? 'image/png' : 'image/jpeg', file);
    expected.set(file, `${r.top.displayName} ${(r.top.probability * 100).toFixed(1)} %`);
  }
  const baseline = await offscreenTensorCount(session.browser);
  expect(baseline).toBeGreaterThan(0); // the model's weights: the engine was really read

  // One evaluate: the 20 menu clicks reach the listener back to back, alternating tabs.
  const clicks = tabs[0].files.flatMap((_, i) => tabs.map((t) => ({ url: t.page.url(), src: `${server.origin}/images/${t.files[i]}?tab=${t === tabs[0] ? 'a' : 'b'}` })));
  const t0 = Date.now();
  await session.worker.evaluate(async (list) => {
    const all = await chrome.tabs.query({});
    for (const { url, src } of list) {
      const tab = all.find((t) => t.url === url)!;
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: object, t: object): void }).dispatch(
        { menuItemId: 'classify-tissue', srcUrl: src, frameId: 0, pageUrl: url, mediaType: 'image', editable: false }, tab);
    }
  }, clicks);

  for (const { page, files } of tabs) {
    for (let i = 0; i < 10; i++) await waitForOverlayText(page, i);
    const seen = {
      ...(await page.evaluate(() => ({
        viewport: { width: innerWidth, height: innerHeight },
        images: Array.from(document.images).map((i) => ({ alt: i.alt, rect: i.getBoundingClientRect().toJSON() as DOMRect })),
      }))),
      // Each card frame's text, and the position of the host its frame sits in.
      cards: await Promise.all((await cardFrameIds(page)).map(async (frame) => ({
        transform: await cardHostTransform(page, frame),
        text: await evaluateInCard<string>(page, frame, `document.querySelector('[data-testid="ltc-announcement"]').textContent`),
      }))),
    };
    expect(seen.cards).toHaveLength(10);
    // Where each image's card must be; all different on this page, so a position names one image.
    const slot = new Map(seen.images.map((img) => {
      const p = placeOverlay(img.rect, seen.viewport);
      return [`translate(${Math.round(p.left) - CARD_FRAME_MARGIN}px, ${Math.round(p.top) - CARD_FRAME_MARGIN}px)`, img.alt];
    }));
    expect(slot.size).toBe(10);
    const placed = seen.cards.map((c) => slot.get(c.transform));
    expect(new Set(placed).size, JSON.stringify(seen.cards)).toBe(10);
    seen.cards.forEach((card, i) => expect(card.text, placed[i]).toBe(expected.get(placed[i]!)));
    expect(placed.sort()).toEqual([...files].sort());
  }
  console.log(`20 concurrent requests on two tabs: all answered in ${Date.now() - t0} ms`);
  expect(await offscreenTensorCount(session.browser)).toBe(baseline);
});

it('privacy: the extension fetched only its own files and this test server\'s images; nothing left the machine', () => {
  // sawDownloads: the recorder did see the worker's image downloads (it is not blind).
  expect(privacyViolations(recorder, session.extensionId, server)).toEqual({ sawDownloads: true, notAllowed: [], offMachine: [] });
});
