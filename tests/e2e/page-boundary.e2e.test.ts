/**
 * The page boundary (docs/HARDENING.md, "Page boundary"), in Chromium: what a web page can
 * no longer reach of what the extension saw for the user. Each test plays the page's part:
 * script in the page's own world, and, where the threat is a compromised renderer, code in
 * the content script's isolated world (content-script-world.ts). One test per door:
 * 1 the result card, 2 grants, 3 region capture, 4 classify-all, 5 storage, 6 replies.
 * The Firefox side is page-boundary-firefox.e2e.test.ts.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardFrames } from './card-frames';
import { contentScriptWorld, type ContentWorld } from './content-script-world';
import { clickClassifyTissue, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { startHardeningServer, type HardeningServer } from './hardening-server';
import { addImages } from './menu-click';
import { pressRegionShortcut, waitForTileMapPage } from './region-helpers';
import { showHeatMap } from './trust-expectations';
import { openPopupOver } from './workflow-helpers';

let server: HardeningServer;
let session: ExtensionSession;
let page: Page;
let world: ContentWorld;

beforeAll(async () => {
  server = await startHardeningServer();
  session = await launchWithExtension();
  await setBackend(session.worker, 'wasm');
  page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/page/blank`);
  // A cross-origin image: what the extension fetches with its host permission (and cookies).
  await addImages(page, [{ id: 'tile', src: `${server.crossOrigin}/images/benign-lungn726.jpg` }]);
  world = await contentScriptWorld(page, session.extensionId);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

type StoredGrant = [string, { kind: string; tabId: number; spent?: string[] }];
const grants = () => session.worker.evaluate(async () => ((await chrome.storage.session.get('grants')).grants ?? []) as StoredGrant[]);
const newest = async (kind: string) => (await grants()).filter(([, g]) => g.kind === kind).at(-1)!;
const refused = (code: string, message?: RegExp) => ({ ok: false, error: message ? { code, message: expect.stringMatching(message) } : { code } });
const tabUrls = () => session.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? ''));
const sendFromCard = (grant: string, type: string) =>
  cardFrames(page)[0].evaluate((g, ty) => chrome.runtime.sendMessage({ type: ty, target: 'background', request: { grant: g } }), grant, type);

describe('1. the result card', () => {
  it('page script can neither read the card nor press its buttons; the heat map stays in the card', async () => {
    await clickClassifyTissue(session, page, '#tile');
    const { announcement } = await waitForOverlayText(page, 0);
    expect(announcement).toMatch(/^Benign tissue/);

    const attempt = await page.evaluate(async () => {
      const host = document.querySelector('lung-tissue-classifier-overlay')!;
      // Every shadow root the page can open, every button in them pressed, clicks on the card's spot.
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      let pressed = 0;
      for (const root of roots) {
        for (const button of root.querySelectorAll('button')) {
          button.click();
          pressed++;
        }
      }
      const r = host.getBoundingClientRect();
      for (const [x, y] of [[r.left + 40, r.top + 40], [r.left + 60, r.top + 200]]) {
        document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
      }
      // The frames: their documents, and made-up channel messages (the nonce is not the page's to know).
      let readable = 0;
      for (let i = 0; i < window.frames.length; i++) {
        try {
          void window.frames[i].document.body.textContent;
          readable++;
        } catch {
          // another origin: the card's frame
        }
        const channel = new MessageChannel();
        window.frames[i].postMessage({ lungTissueClassifierCard: 'a-guess' }, '*', [channel.port2]);
        channel.port1.postMessage({ kind: 'state', grant: 'x', tileMap: false, focus: false, state: { kind: 'error', error: { code: 'internal', message: 'FORGED' } } });
      }
      await new Promise((done) => setTimeout(done, 1500));
      const html = roots.map((root) => ('documentElement' in root ? root.documentElement.outerHTML : root.innerHTML)).join('\n');
      return {
        shadowRoot: host.shadowRoot ? 'open' : 'closed',
        openShadowRoots: roots.length - 1,
        pressed,
        frames: window.frames.length,
        readable,
        text: roots.map((root) => ('body' in root ? root.body.textContent : root.textContent)).join(' '),
        dataImages: (html.match(/data:image\//g) ?? []).length,
      };
    });
    // frames: 0 — a frame inside a shadow tree is not even listed in window.frames.
    expect(attempt).toMatchObject({ shadowRoot: 'closed', openShadowRoots: 0, pressed: 0, frames: 0, readable: 0, dataImages: 0 });
    expect(attempt.text).not.toMatch(/Benign|Adenocarcinoma|%/);
    // Nothing the page did pressed a button: no heat map was computed for this card, and it still shows its own result.
    expect((await newest('image'))[1].spent ?? []).toEqual([]);
    expect(await waitForOverlayText(page, 0)).toEqual({ announcement, error: null });

    // The user's own click works; the heat map's pixels are in the card frame, never in the page.
    const heat = await showHeatMap(cardFrames(page)[0]);
    expect(heat.left + heat.right).toBeGreaterThan(0);
    expect((await newest('image'))[1].spent).toEqual(['heat-map']);
    expect(await page.evaluate(() => /data:image\//.test(document.documentElement.outerHTML))).toBe(false);
  });

  it('the card acts on trusted events only, even from inside its own frame', async () => {
    const before = (await tabUrls()).length;
    await cardFrames(page)[0].evaluate(() => (document.querySelector('[data-testid="ltc-model-card"]') as HTMLElement).click());
    await new Promise((done) => setTimeout(done, 1000));
    expect(await tabUrls()).toHaveLength(before);
  });
});

describe('2. grants', () => {
  it('the content script cannot use its card’s grant; the card opens one tile map with it, once', async () => {
    const [id] = await newest('image');
    expect(await world.send({ type: 'explain-image', target: 'background', request: { grant: id } })).toMatchObject(refused('forbidden'));
    expect(await world.send({ type: 'open-tile-map', target: 'background', request: { grant: id } })).toMatchObject(refused('forbidden'));
    expect(await world.send({ type: 'open-model-card', target: 'background', request: { grant: id } })).toMatchObject(refused('forbidden'));
    expect((await tabUrls()).filter((u) => u.includes('/src/tilemap/') || u.includes('/src/model-card/'))).toEqual([]);

    await (await cardFrames(page)[0].waitForSelector('[data-testid="ltc-tilemap-button"]'))!.click();
    await (await waitForTileMapPage(session)).close();
    await page.bringToFront();
    // Spent: the button is gone, and the grant opens nothing more.
    await cardFrames(page)[0].waitForSelector('[data-testid="ltc-tilemap-button"]', { hidden: true });
    expect(await sendFromCard(id, 'open-tile-map')).toMatchObject(refused('forbidden', /already done/));
    expect(await sendFromCard(id, 'explain-image')).toMatchObject(refused('forbidden', /already done/));
  });

  it('expire: ten minutes after the click, the card’s grant is refused', async () => {
    await clickClassifyTissue(session, page, '#tile');
    await waitForOverlayText(page, 0);
    const [id] = await newest('image');
    // The background's clock moved on 11 minutes (nothing else reads it in between).
    await session.worker.evaluate(() => {
      const real = Date.now.bind(Date);
      Object.assign(globalThis, { realDateNow: real });
      Date.now = () => real() + 11 * 60_000;
    });
    try {
      expect(await sendFromCard(id, 'open-tile-map')).toMatchObject(refused('forbidden', /expired/));
    } finally {
      await session.worker.evaluate(() => {
        Date.now = (globalThis as unknown as { realDateNow: () => number }).realDateNow;
      });
    }
  });

  it('a region pick the user cancelled with Esc captures nothing', async () => {
    await pressRegionShortcut(session, page);
    await page.waitForSelector('lung-tissue-classifier-region-picker');
    const [pick] = await newest('region-pick');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('lung-tissue-classifier-region-picker'));
    await new Promise((done) => setTimeout(done, 300)); // the revocation is a message of its own
    const selection = { rect: { x: 10, y: 10, width: 200, height: 200 }, viewport: { width: 1280, height: 900 }, scroll: { x: 0, y: 0 }, devicePixelRatio: 1, action: 'classify', grant: pick };
    expect(await world.send({ type: 'region-selected', target: 'background', request: selection })).toMatchObject(refused('forbidden'));
  });
});

describe('3. region capture', () => {
  const hosts = () => page.$$eval('lung-tissue-classifier-overlay', (h) => h.length);

  it('page script cannot drag a region for the user', async () => {
    const before = await hosts();
    await pressRegionShortcut(session, page);
    await page.waitForSelector('lung-tissue-classifier-region-picker');
    await page.evaluate(() => {
      const pane = document.querySelector('lung-tissue-classifier-region-picker')!.shadowRoot!.querySelector('.pane')!;
      const at = (type: string, x: number, y: number) => pane.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1, clientX: x, clientY: y }));
      at('pointerdown', 20, 20);
      at('pointermove', 200, 200);
      at('pointerup', 260, 260);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await new Promise((done) => setTimeout(done, 1500));
    expect(await page.$('lung-tissue-classifier-region-picker')).not.toBeNull(); // still waiting for the user
    expect(await hosts()).toBe(before);
    await page.keyboard.press('Escape');
  });

  it('a region that arrives after the user moved to another tab captures nothing', async () => {
    const before = await hosts();
    await pressRegionShortcut(session, page);
    await page.waitForSelector('lung-tissue-classifier-region-picker');
    const [pick] = await newest('region-pick');
    const other = await session.browser.newPage();
    await other.goto(`${server.crossOrigin}/page/blank`);
    await other.bringToFront();
    const selection = { rect: { x: 10, y: 10, width: 200, height: 200 }, viewport: { width: 1280, height: 900 }, scroll: { x: 0, y: 0 }, devicePixelRatio: 1, action: 'classify', grant: pick };
    expect(await world.send({ type: 'region-selected', target: 'background', request: selection })).toMatchObject(refused('forbidden', /no longer the one in front/));
    await other.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    expect(await hosts()).toBe(before);
  });
});

describe('4. classify all images on this page', () => {
  it('classifies what the page shows, http(s)/data/blob only, at most 100, and says what it left out', async () => {
    const batchPage = await session.browser.newPage();
    await batchPage.setViewport({ width: 1280, height: 900 });
    await batchPage.goto(`${server.origin}/page/blank`);
    const tile = `${server.origin}/images/benign-lungn726.jpg`;
    await batchPage.evaluate(async (src) => {
      const add = (attrs: Record<string, string>) => {
        const img = document.createElement('img');
        for (const [k, v] of Object.entries(attrs)) img.setAttribute(k, v);
        img.style.cssText = 'width: 130px; height: 130px'; // the test page's own style makes images 112 px
        document.body.append(img);
        return img;
      };
      // A lazy loader's markup whose real address the page never displays. (A file: address
      // cannot show on a web page; a scan naming one is refused on arrival, door 6 below.)
      add({ alt: 'placeholder', src: 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'data-src': `${src}?canary=data-src` });
      // 103 displayed images: three over the cap.
      const bytes = await (await fetch(src)).blob();
      const url = URL.createObjectURL(bytes);
      for (let i = 0; i < 103; i++) add({ alt: `tile ${i}`, src: i % 2 ? url : `${src}?n=${i}` });
      await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
    }, tile);
    const popup = await openPopupOver(session, batchPage);
    await popup.click('[data-testid="ltc-batch-start"]');
    // The progress line says what was left out from the start; three images in is enough
    // (the placeholder comes first on the page: an old-style batch would have fetched its data-src by now).
    await popup.waitForFunction(() => /^(Classifying image ([3-9]|\d\d+) of|Done)/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 120_000, polling: 50 });
    const status = await popup.$eval('[data-testid="ltc-batch-status"]', (e) => e.textContent);
    expect(status).toMatch(/^(Classifying image \d+ of 100|Done: 100 images classified or checked); 1 image showing nothing yet or from a file left out; 3 images over the limit of 100 left out\.$/);
    await popup.click('[data-testid="ltc-batch-cancel"]').catch(() => undefined); // gone once done
    await popup.waitForFunction(() => /^(Cancelled after|Done)/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 120_000 });
    expect(server.requests.filter((r) => r.includes('canary'))).toEqual([]);
    await popup.close();
    await batchPage.close();
  });
});

describe('5. storage', () => {
  it('a content script can neither read nor change history and settings', async () => {
    const read = await world.evaluate<string>(`chrome.storage.local.get(null).then((v) => 'read ' + JSON.stringify(v), (e) => 'refused: ' + e.message)`);
    expect(read).toMatch(/^refused: Access to storage is not allowed from this context/);
    const write = await world.evaluate<string>(`chrome.storage.local.set({ inputCheck: 'off' }).then(() => 'written', (e) => 'refused: ' + e.message)`);
    expect(write).toMatch(/^refused/);
    expect(await session.worker.evaluate(() => chrome.storage.local.get('inputCheck'))).not.toEqual({ inputCheck: 'off' });
  });
});

describe('6. replies from the content script are checked', () => {
  /** Makes the content script's world answer `type` first, with `value`, as a compromised renderer could. */
  const forgeReply = (type: string, value: string) => world.evaluate(`(() => {
    chrome.runtime.onMessage.addListener((message, sender, respond) => {
      if (message?.type !== ${JSON.stringify(type)}) return undefined;
      respond({ ok: true, value: ${value} });
      return true;
    });
    return true;
  })()`);

  it('a blob: image over the 40 MiB cap is refused before it is read', async () => {
    // A real tile with 44 MiB of padding after it: the browser shows it, the extension must not read it.
    await page.evaluate(async (src) => {
      const jpeg = await (await fetch(src)).arrayBuffer();
      const img = document.createElement('img');
      img.id = 'big-blob';
      img.src = URL.createObjectURL(new Blob([jpeg, new Uint8Array(44 * 1024 * 1024)], { type: 'image/jpeg' }));
      document.body.prepend(img);
      await img.decode();
    }, `${server.origin}/images/benign-lungn726.jpg`);
    const cards = cardFrames(page).length;
    await page.bringToFront(); // puppeteer's clicks wait for a tab in front
    await clickClassifyTissue(session, page, '#big-blob');
    const { error } = await waitForOverlayText(page, cards);
    expect(error).toMatch(/is 46 MB; the limit is 42 MB/);
  });

  it('a scan that names a file: address is refused, and the batch says why', async () => {
    await forgeReply('find-images', `{ candidates: [{ id: 'x', srcUrl: 'file:///etc/passwd', width: 300, height: 300, alt: 'x' }], tooSmall: 0, hidden: 0, notShown: 0, otherScheme: 0 }`);
    const popup = await openPopupOver(session, page);
    await popup.click('[data-testid="ltc-batch-start"]');
    await popup.waitForFunction(() => /^Could not classify this page/.test(document.querySelector('[data-testid="ltc-batch-status"]')?.textContent ?? ''), { timeout: 30_000 });
    expect(await popup.$eval('[data-testid="ltc-batch-status"]', (e) => e.textContent)).toMatch(/invalid find-images reply: candidates\[0\]: srcUrl: expected an http\(s\), data: or blob: address/);
    await popup.close();
  });
});
