/**
 * Privacy: every network request made in a Chromium session that classifies the demo
 * page's images (same-origin, CSS-scaled, data:, blob:, cross-origin, a 404, an HTML page)
 * and popup uploads is recorded in every target; the extension's own contexts fetch only
 * its own files and the images asked for, and nothing at all leaves 127.0.0.1. The built
 * code of both browsers loads no remote code and its CSP allows only 'self' and WASM.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { clickClassifyTissue, launchWithExtension, setBackend, waitForOverlayText, type ExtensionSession } from './extension-browser';
import { recordNetwork, type NetworkRecorder } from './network-recorder';
import { uploadInPopup } from './popup-expectations';
import { openDemoPage } from './demo-page';

const ROOT = resolve(import.meta.dirname, '../..');
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

describe('network requests (Chromium, all targets)', () => {
  let server: DemoServer;
  let session: ExtensionSession;
  let recorder: NetworkRecorder;
  let page: Page;
  const classified: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchWithExtension();
    recorder = await recordNetwork(session.browser);
    await setBackend(session.worker, 'wasm');
    page = await openDemoPage(session.browser, server.origin, { width: 1280, height: 1000 });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('classifies the demo page and popup uploads (the recorded workload)', async () => {
    const selectors = ['#plain', '#scaled', '#data-url', '#blob-url', '#cross-origin', '#cross-origin-scc', '#missing', '#not-an-image'];
    for (const [i, selector] of selectors.entries()) {
      classified.push(await page.$eval(selector, (img) => (img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src));
      await clickClassifyTissue(session, page, selector);
      await waitForOverlayText(page, i);
    }
    const popup = await session.browser.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
    await uploadInPopup(popup, 'benign-lungn1945.jpg');
  });

  it('the extension fetched nothing but its own files and the images it was asked to classify', () => {
    const own = `chrome-extension://${session.extensionId}/`;
    const fromExtension = recorder.fromExtension(session.extensionId);
    // The recorder saw the service worker's image downloads and the offscreen document's model load.
    expect(fromExtension.some((r) => r.url === `${server.crossOrigin}/images/benign-lungn726.jpg`)).toBe(true);
    expect(fromExtension.some((r) => r.url === `${own}model/model.json`)).toBe(true);
    const allowed = (url: string) => url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:') || classified.includes(url);
    expect(fromExtension.filter((r) => !allowed(r.url)).map((r) => `${r.documentURL} → ${r.url}`)).toEqual([]);
  });

  it('no request from any target (pages and their content scripts included) left this machine', () => {
    expect(recorder.requests.length).toBeGreaterThan(10);
    expect(recorder.offMachine()).toEqual([]);
  });
});

describe('no remote code in the built extension', () => {
  const builds = ['dist/chrome', 'dist/firefox'].map((d) => join(ROOT, d));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  // Absolute URLs the bundled libraries contain as XML namespaces and in comments and
  // error texts; none is loaded. A new host here means a dependency changed: look at it.
  const KNOWN_HOSTS = ['www.w3.org', 'github.com', 'en.wikipedia.org', 'emscripten.org', 'developer.mozilla.org', 'arxiv.org', 'www.shadertoy.com'];

  it.each(builds)('%s: CSP allows only the extension\'s own scripts and WebAssembly', (dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  it.each(builds)('%s: no script is loaded from the network', (dir) => {
    const code = files(dir).filter((f) => /\.(js|html)$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/(import\s*\(|importScripts\s*\(|src\s*=\s*)["'`]\s*(https?:)?\/\//);
      expect(text, file).not.toMatch(/setWasmPaths\(\s*["'`]https?:/);
      const hosts = new Set(Array.from(text.matchAll(/https?:\/\/([a-zA-Z0-9.-]+)/g), (m) => m[1]));
      expect([...hosts].filter((h) => !KNOWN_HOSTS.includes(h)), file).toEqual([]);
    }
  });
});
