/**
 * WebGPU (SwiftShader's adapter in headless Chromium with --enable-unsafe-webgpu, forced
 * because auto mode never picks a software adapter) must agree with WASM within 1e-3.
 * Kept to a few images: the software adapter is slow.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Classification } from '../../src/core/types';
import { classifyViaRuntime, launchWithExtension, setBackend, type ExtensionSession } from './extension-browser';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/tissue');
const FILES = ['adenocarcinoma-lungaca145.jpg', 'squamous_cell_carcinoma-lungscc2148.jpg'];
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension({ webgpu: true });
});
afterAll(() => session?.close());

it('WebGPU and WASM probabilities agree within 1e-3', async (ctx) => {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  const hasAdapter = await page.evaluate(async () => !!(await (navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
  // Reported as skipped, with the reason, so a green run never hides that nothing was compared.
  if (!hasAdapter) ctx.skip('no WebGPU adapter in this Chromium: WebGPU parity not checked');
  const run = async (backend: 'wasm' | 'webgpu') => {
    await setBackend(session.worker, backend);
    const out: Classification[] = [];
    for (const f of FILES) out.push(await classifyViaRuntime(page, readFileSync(join(FIXTURES, f)).toString('base64'), 'image/jpeg', f));
    return out;
  };
  const gpu = await run('webgpu');
  const wasm = await run('wasm');
  for (let i = 0; i < FILES.length; i++) {
    expect(gpu[i].backend).toBe('webgpu');
    expect(wasm[i].backend).toBe('wasm');
    for (let c = 0; c < 3; c++) {
      expect(Math.abs(gpu[i].probabilities[c].probability - wasm[i].probabilities[c].probability)).toBeLessThan(1e-3);
    }
  }
}, 300_000);
