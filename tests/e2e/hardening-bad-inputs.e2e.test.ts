/**
 * Bad inputs in Chromium, through the context menu and the popup: each ends in its
 * specific message (or, where the input is a valid image, the right result), nothing
 * hangs, and the inference host's tensor count is back at its baseline after each one.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classification } from '../../src/core/types';
import type { OverlayState } from '../../src/shared/messages';
import { pngOf, quantiseImage, readTissuePng, tissueBytes } from '../helpers/bad-images';
import { MENU_ERROR_CASES, popupErrorFiles, popupResultFiles, writeInputFiles } from './bad-input-cases';
import { classifyViaRuntime, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { BIG_TILE, GIF_FRAMES, startHardeningServer, type HardeningServer } from './hardening-server';
import { addImages, classifyFromMenu } from './menu-click';
import { CLASS_RE, uploadFileInPopup, waitForPopupText } from './popup-expectations';
import { privacyViolations, recordNetwork, type NetworkRecorder } from './network-recorder';
import { offscreenTensorCount } from './tensor-count';

let server: HardeningServer;
let session: ExtensionSession;
let recorder: NetworkRecorder;
let page: Page;
let popup: Page;
let baseline: number;
let overlays = 0;

const classifyBytes = (bytes: Buffer, mime: string, name: string) => classifyViaRuntime(popup, bytes.toString('base64'), mime, name);
const expectNoLeak = async () => expect(await offscreenTensorCount(session.browser)).toBe(baseline);
const resultOf = (state: OverlayState): Classification => {
  if (state.kind !== 'result') throw new Error(`expected a result, got ${JSON.stringify(state)}`);
  return state.result;
};

beforeAll(async () => {
  server = await startHardeningServer();
  session = await launchWithExtension();
  recorder = await recordNetwork(session.browser);
  await setBackend(session.worker, 'wasm');
  popup = await session.browser.newPage();
  await popup.setViewport({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  // The model's own tensors (weights) stay; everything a request makes must go.
  await classifyBytes(tissueBytes('benign-lungn726.jpg'), 'image/jpeg', 'warm-up.jpg');
  baseline = await offscreenTensorCount(session.browser);
  expect(baseline).toBeGreaterThan(0);
  page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/page/blank`);
  await addImages(page, [
    ...MENU_ERROR_CASES.map(([, path], i) => ({ id: `bad${i}`, src: `${server.origin}${path}` })),
    { id: 'gif', src: `${server.origin}/bad/animated.gif` },
    { id: 'redirect', src: `${server.origin}/bad/redirect.jpg` },
    { id: 'data30', src: `${server.origin}/bad/big-30mb.jpg`, asDataUrl: true },
    { id: 'changing', src: `${server.origin}/images/changing.jpg` },
  ]);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('context menu (Chromium)', () => {
  it.each(MENU_ERROR_CASES.map((c, i) => [...c, i] as const))('%s → a specific message', async (_what, _path, message, i) => {
    const t0 = Date.now();
    const state = await classifyFromMenu(session.worker, page, `#bad${i}`);
    expect(state.kind === 'error' && state.error.message, JSON.stringify(state)).toMatch(message);
    const { error } = await waitForOverlayText(page, overlays++);
    expect(error).toMatch(message);
    expect(Date.now() - t0).toBeLessThan(30_000);
    await expectNoLeak();
  });

  it('animated GIF: the first frame is classified', async () => {
    const state = await classifyFromMenu(session.worker, page, '#gif');
    expect((await waitForOverlayText(page, overlays++)).announcement).toMatch(CLASS_RE);
    // What the GIF shows, frame by frame, as lossless PNGs through the same extension.
    const [first, second] = await Promise.all(GIF_FRAMES.map((f, i) => {
      const frame = readTissuePng(f);
      return classifyBytes(pngOf(frame.width, frame.height, quantiseImage(frame).shown), 'image/png', `frame${i}.png`);
    }));
    const gif = resultOf(state);
    gif.probabilities.forEach((p, c) => expect(Math.abs(p.probability - first.probabilities[c].probability)).toBeLessThan(1e-3));
    expect(first.top.label).not.toBe(second.top.label); // so the frames are told apart
    await expectNoLeak();
  });

  it('the endless download was cut off at the cap: the server saw the connection close', async () => {
    const { sent, closed } = server.endless();
    expect(closed).toBe(true);
    expect(sent).toBeLessThan(42e6 + 64 * 2 ** 20); // the cap plus socket buffers, not 20 s of a local server
  });

  it('an image that changed at the same address is read again, not taken from the cache', async () => {
    const first = resultOf(await classifyFromMenu(session.worker, page, '#changing'));
    await waitForOverlayText(page, overlays++);
    const second = resultOf(await classifyFromMenu(session.worker, page, '#changing'));
    await waitForOverlayText(page, overlays - 1); // the same image's card is reused
    expect(new Set([first.top.label, second.top.label])).toEqual(new Set(['benign', 'squamous_cell_carcinoma']));
    await expectNoLeak();
  });

  it('a redirect to another origin is followed, like the page did (result of the target image)', async () => {
    const result = resultOf(await classifyFromMenu(session.worker, page, '#redirect'));
    expect(result.top.label).toBe('benign');
    expect(server.requests).toContain(`${server.crossOrigin}/images/benign-lungn726.jpg`);
    await waitForOverlayText(page, overlays++);
    await expectNoLeak();
  });

  it('a 30 MB data: URL is classified in bounded time', async () => {
    const length = await page.$eval('#data30', (img) => (img as HTMLImageElement).src.length);
    expect(length).toBeGreaterThan(40e6); // 30 MB as base64
    const t0 = Date.now();
    const result = resultOf(await classifyFromMenu(session.worker, page, '#data30'));
    const reference = await classifyBytes(tissueBytes(BIG_TILE), 'image/jpeg', BIG_TILE);
    expect(result.top.label).toBe(reference.top.label);
    expect(Math.abs(result.top.probability - reference.top.probability)).toBeLessThan(1e-6);
    console.log(`30 MB data: URL, right-click to result: ${Date.now() - t0} ms`);
    expect((await waitForOverlayText(page, overlays++)).announcement).toMatch(CLASS_RE);
    await expectNoLeak();
  });

  it('the SVG\'s script never ran, and a good image still works afterwards', async () => {
    expect(server.beaconHits()).toBe(0);
    const result = await classifyBytes(tissueBytes('squamous_cell_carcinoma-lungscc2148.jpg'), 'image/jpeg', 'after.jpg');
    expect(result.top.label).toBe('squamous_cell_carcinoma');
    await expectNoLeak();
  });
});

describe('popup (Chromium)', () => {
  const waitForText = (re: RegExp, testid: string) => waitForPopupText(popup, re, testid);
  const upload = (path: string) => uploadFileInPopup(popup, path);

  it.each(popupErrorFiles('http://127.0.0.1:9/beacon').map(([name, , re]) => [name, re] as const))('%s → a specific message', async (name, message) => {
    const paths = writeInputFiles(popupErrorFiles(`${server.origin}/beacon`));
    await upload(paths[name]);
    await waitForText(message, 'ltc-error');
    await expectNoLeak();
  });

  it.each(popupResultFiles().map(([name]) => [name]))('%s is classified', async (name) => {
    const paths = writeInputFiles(popupResultFiles());
    await upload(paths[name]);
    await popup.waitForFunction((n) => !!document.querySelector(`img[alt="${n}"]`), { timeout: 30_000 }, name);
    await waitForText(CLASS_RE, 'ltc-announcement');
    await expectNoLeak();
  });

  it('a non-image file dropped on the popup is refused with its name', async () => {
    await popup.$eval('.ltc-popup', (zone) => {
      const data = new DataTransfer();
      data.items.add(new File(['just some notes'], 'notes.txt', { type: 'text/plain' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await waitForText(/^“notes\.txt” is not an image file\. Choose a JPEG, PNG, WebP, GIF or BMP image\.$/, 'ltc-error');
    expect(server.beaconHits()).toBe(0); // the SVG thumbnail's script did not run either
    await expectNoLeak();
  });
});

it('privacy: the extension fetched only its own files and this test server\'s images; nothing left the machine', () => {
  // sawDownloads: the recorder did see the worker's image downloads (it is not blind).
  expect(privacyViolations(recorder, session.extensionId, server)).toEqual({ sawDownloads: true, notAllowed: [], offMachine: [] });
});
