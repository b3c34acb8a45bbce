/**
 * A build with another model: the mini ConvNeXt Keras fixture (LUCIAN's structure, toy
 * width) goes through the real importer CLI and `MODEL_DIR=… vite build`, then Chromium
 * classifies with it, draws its heat map (a layer found from its structure: it has no
 * `s1b1_add`), flags the guessed class names on the card, and the model card page
 * describes the imported model, not the bundled one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Explanation } from '../../src/shared/messages';
import { classifyViaRuntime, launchWithExtension, setBackend, type ExtensionSession } from './extension-browser';
import { FIXTURES } from './popup-expectations';
import { showHeatMap } from './trust-expectations';

const ROOT = resolve(import.meta.dirname, '../..');
const KERAS = join(ROOT, 'tests/fixtures/keras/convnext-mini.keras');
let work: string;
let session: ExtensionSession;
let popup: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'imported-model-'));
  const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe', timeout: 240_000 });
  run('npx', ['vite-node', '-c', 'scripts/node.config.ts', 'scripts/import-keras.ts', KERAS, '--out', join(work, 'model'), '--weights', 'float32']);
  run('npx', ['vite', 'build'], { MODEL_DIR: join(work, 'model'), OUT_DIR: join(work, 'dist') });
  session = await launchWithExtension({ dist: join(work, 'dist') });
  await setBackend(session.worker, 'wasm');
  popup = await session.browser.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
}, 300_000);

afterAll(async () => {
  await session?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const tile = 'squamous_cell_carcinoma-lungscc2446.jpg';
const bytes = () => readFileSync(join(FIXTURES, tile)).toString('base64');

it('classifies with the imported model, and the result says its labels are guessed', async () => {
  const result = await classifyViaRuntime(popup, bytes(), 'image/jpeg', tile);
  expect(result.model).toEqual({ name: 'convnext-mini', version: '1.0.0', labelsGuessed: true });
  expect(result.probabilities.map((p) => p.displayName)).toEqual(['Adenocarcinoma', 'Benign Tissue', 'Squamous Cell Carcinoma']);
  expect(result.probabilities.reduce((a, p) => a + p.probability, 0)).toBeCloseTo(1, 5);

  const input = await popup.waitForSelector('input[data-testid="ltc-file-input"]');
  await input!.uploadFile(join(FIXTURES, tile));
  const note = await popup.waitForSelector('[data-testid="ltc-labels-guessed"]', { timeout: 60_000 });
  expect(await note!.evaluate((e) => e.textContent)).toMatch(/^Class names guessed from the model's shape/);
});

it('computes a heat map on a layer found from the model structure', async () => {
  const reply = await popup.evaluate(async (b, name) =>
    chrome.runtime.sendMessage({ type: 'explain-image', target: 'background', request: { image: { base64: b, mimeType: 'image/jpeg', name } } }), bytes(), tile) as
    { ok: true; value: Explanation } | { ok: false; error: { message: string } };
  expect(reply.ok, JSON.stringify(reply).slice(0, 300)).toBe(true);
  const { heatMap } = (reply as { value: Explanation }).value;
  // A Flatten → Dense head does not decompose into per-position shares: Grad-CAM, on the CPU copy.
  expect(heatMap.method).toBe('grad-cam');
  expect([heatMap.rows, heatMap.cols]).toEqual([14, 14]);
  expect(Math.max(...heatMap.values)).toBeCloseTo(1, 5);
  const drawn = await showHeatMap(popup); // and the popup draws it
  expect(drawn.left + drawn.right).toBeGreaterThan(0);
});

it('the model card page describes the imported model, not the bundled one', async () => {
  const card = await session.browser.newPage();
  await card.goto(`chrome-extension://${session.extensionId}/src/model-card/index.html`);
  await card.waitForSelector('[data-testid="mc-imported"]');
  const text = await card.$eval('body', (e) => e.textContent ?? '');
  expect(text).toMatch(/Model card: convnext-mini 1\.0\.0/);
  expect(text).toMatch(/imported from the Keras file convnext-mini\.keras/);
  expect(await card.$eval('[data-testid="mc-labels-guessed"]', (e) => e.textContent)).toMatch(/guessed from the model's shape/);
  expect(text).not.toMatch(/LC25000|93\.5 %|group-held-out/);
  const sums = await card.$$eval('[data-testid="mc-sha256"]', (es) => es.map((e) => e.textContent));
  const meta = JSON.parse(readFileSync(join(work, 'model', 'metadata.json'), 'utf8')) as { weights: { sha256: string }[] };
  expect(sums).toEqual(meta.weights.map((w) => w.sha256));
  await card.close();
});
