/**
 * The sender policy in a real Chromium, from the content script's own world (what a
 * compromised page can do): it cannot read the history, make the extension fetch an
 * address with the user's cookies, capture the tab, run the model host or use a result
 * card's grant; the card's own frame can.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickClassifyTissue, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { contentScriptWorld, type ContentWorld } from './content-script-world';
import { startHardeningServer, type HardeningServer } from './hardening-server';
import { addImages } from './menu-click';
import { cardFrames } from './card-frames';

let server: HardeningServer;
let session: ExtensionSession;
let page: Page;
let world: ContentWorld;

const SECRET = '/images/benign-lungn726.jpg?secret=intranet';
const selection = { rect: { x: 0, y: 0, width: 300, height: 300 }, viewport: { width: 800, height: 600 }, scroll: { x: 0, y: 0 }, devicePixelRatio: 1, action: 'classify' };

beforeAll(async () => {
  server = await startHardeningServer();
  session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
  page = await session.browser.newPage();
  await page.goto(`${server.origin}/page/blank`);
  await addImages(page, [{ id: 'tile', src: `${server.origin}/images/benign-lungn726.jpg` }]);
  world = await contentScriptWorld(page, session.extensionId);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const refused = (code: string) => ({ ok: false, error: { code } });
const grants = () => session.worker.evaluate(async () => ((await chrome.storage.session.get('grants')).grants ?? []) as [string, { tabId: number }][]);

describe('a content script', () => {
  it('cannot read or delete the history', async () => {
    expect(await world.send({ type: 'history-list', target: 'background', request: {} })).toMatchObject(refused('forbidden'));
    expect(await world.send({ type: 'history-delete', target: 'background', request: {} })).toMatchObject(refused('forbidden'));
  });

  it('cannot make the extension fetch an address of its choosing', async () => {
    const url = `${server.crossOrigin}${SECRET}`;
    expect(await world.send({ type: 'explain-image', target: 'background', request: { srcUrl: url } })).toMatchObject(refused('invalid-message'));
    expect(await world.send({ type: 'open-tile-map', target: 'background', request: { srcUrl: url } })).toMatchObject(refused('invalid-message'));
    expect(await world.send({ type: 'explain-image', target: 'background', request: { grant: 'made-up-1' } })).toMatchObject(refused('forbidden'));
    expect(await world.send({ type: 'open-tile-map', target: 'background', request: { grant: 'made-up-1' } })).toMatchObject(refused('forbidden'));
    expect(await world.send({ type: 'region-cancelled', target: 'background', request: { grant: 'made-up-1' } })).toEqual({ ok: true, value: { revoked: false } });
    expect(await world.send({ type: 'classify-image', target: 'background', request: { image: { base64: 'AAAA', mimeType: 'image/png', name: 'x' } } })).toMatchObject(refused('forbidden'));
    expect(server.requests.filter((r) => r.includes('secret'))).toEqual([]);
  });

  it('cannot capture the tab or open pages without the user', async () => {
    expect(await world.send({ type: 'region-selected', target: 'background', request: { ...selection, grant: 'made-up-2' } })).toMatchObject(refused('forbidden'));
    expect(await world.send({ type: 'open-model-card', target: 'background', request: {} })).toMatchObject(refused('forbidden'));
    const tabs = await session.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url));
    expect(tabs.some((u) => u?.includes('/src/model-card/') || u?.includes('/src/tilemap/'))).toBe(false);
  });

  it('cannot drive the model host (offscreen document)', async () => {
    await clickClassifyTissue(session, page, '#tile'); // makes sure the offscreen document exists
    await waitForOverlayText(page, 0);
    const reply = await world.send({ type: 'host-classify-image', target: 'model-host', request: { image: { base64: 'AAAA', mimeType: 'image/png', name: 'x' }, backend: 'wasm' } });
    expect(reply).toMatchObject(refused('forbidden'));
  });

  it('cannot use its own card’s grant: the card’s buttons speak from the card’s own frame', async () => {
    const [[id, grant]] = (await grants()).slice(-1);
    // The page's content script holds the request id (the grant), but only the card frame may redeem it.
    expect(await world.send({ type: 'explain-image', target: 'background', request: { grant: id } })).toMatchObject(refused('forbidden'));
    expect(await world.send({ type: 'open-tile-map', target: 'background', request: { grant: id } })).toMatchObject(refused('forbidden'));
    const card = cardFrames(page)[0];
    const viaCard = await card.evaluate(async (g) => chrome.runtime.sendMessage({ type: 'explain-image', target: 'background', request: { grant: g } }), id) as { ok: boolean; value?: { displayName: string } };
    expect(viaCard.ok).toBe(true);
    expect(viaCard.value?.displayName).toBe('Benign tissue');
    const tabIds = await session.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    expect(tabIds).toContain(grant.tabId);
  });
});
