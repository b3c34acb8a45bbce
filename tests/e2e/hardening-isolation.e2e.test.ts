/**
 * Isolation in Chromium: the result card lives in an extension frame inside a closed
 * shadow root (page-boundary.e2e.test.ts shows what that keeps from the page), and a web page cannot
 * make or change one: it has no extension messaging, and forged messages posted on the
 * window or dispatched as DOM events (in the very shape of the extension's own
 * overlay-update messages) neither create a card nor alter a real one.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickClassifyTissue, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { startHardeningServer, type HardeningServer } from './hardening-server';
import { addImages } from './menu-click';
import { CLASS_RE } from './popup-expectations';
import { cardFrameIds, evaluateInCard } from './card-frames';

let server: HardeningServer;
let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  server = await startHardeningServer();
  session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
  page = await session.browser.newPage();
  await page.goto(`${server.origin}/page/blank`);
  await addImages(page, [{ id: 'tile', src: `${server.origin}/images/benign-lungn726.jpg` }]);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Everything a page script can try, with a forged "Squamous cell carcinoma 99.9 %" result. */
async function forge(p: Page): Promise<{ hasRuntime: boolean }> {
  return p.evaluate(async () => {
    const img = document.querySelector('img')!;
    const result = {
      probabilities: [{ label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: 0.999 }],
      top: { label: 'squamous_cell_carcinoma', displayName: 'Squamous cell carcinoma', probability: 0.999 },
      backend: 'wasm', timings: { preprocessMs: 0, inferenceMs: 0, totalMs: 0 }, model: { name: 'x', version: '1' }, source: { width: 224, height: 224 },
    };
    const message = { type: 'overlay-update', target: 'content', request: { requestId: 'forged', srcUrl: img.src, state: { kind: 'result', result } } };
    window.postMessage(message, '*');
    window.postMessage(JSON.stringify(message), '*');
    window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin }));
    for (const name of ['overlay-update', 'lung-tissue-classifier', 'message']) {
      document.dispatchEvent(new CustomEvent(name, { detail: message, bubbles: true }));
      img.dispatchEvent(new CustomEvent(name, { detail: message, bubbles: true }));
    }
    img.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true })); // a fake right-click
    await new Promise((r) => setTimeout(r, 1000));
    const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    return { hasRuntime: typeof runtime?.sendMessage === 'function' };
  });
}

/** What each card shows, read from its frame (tests can; the page cannot). */
const cards = async () => {
  const texts: string[] = [];
  for (const id of await cardFrameIds(page)) texts.push(await evaluateInCard<string>(page, id, 'document.body.textContent'));
  return texts;
};

it('a page cannot create a card: it has no extension messaging, forged messages and events do nothing', async () => {
  const { hasRuntime } = await forge(page);
  expect(hasRuntime).toBe(false); // no externally_connectable: pages cannot message the extension
  expect(await cards()).toEqual([]);
});

it('the card is a frame in a closed shadow root, and forged messages cannot change its result', async () => {
  await clickClassifyTissue(session, page, '#tile');
  const { announcement } = await waitForOverlayText(page, 0);
  expect(announcement).toMatch(CLASS_RE);
  expect(announcement).toMatch(/^Benign tissue/);
  const structure = await page.$eval('lung-tissue-classifier-overlay', (host) => ({
    openShadow: host.shadowRoot !== null,
    lightChildren: host.children.length,
    inLightDom: document.querySelector('[data-testid="ltc-overlay"]') !== null,
  }));
  expect(structure).toEqual({ openShadow: false, lightChildren: 0, inLightDom: false });
  expect(await cardFrameIds(page)).toHaveLength(1);

  const before = await cards();
  await forge(page);
  expect(await cards()).toEqual(before);
  expect(before[0]).not.toMatch(/99\.9/);
});
