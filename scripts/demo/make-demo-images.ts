// Builds the tile-map demo images from real LC25000 **test-split** images (never seen in
// training): a 2×2-area mosaic (three known-class areas of 3×3 tiles and one blank area)
// for the deep-zoom viewer, and a three-panel "paper figure". Seeded, so it is
// reproducible; the draw and the model's verdict on every drawn image are written to
// demo/mosaic/mosaic.json.
//
//   npm run make:demo-images -- --data <the LC25000 lung folder> [--seed 7]
//
// JPEGs are decoded and the composites encoded by headless Chromium's canvas (the project
// has no Node image codec but needs a browser for its tests anyway); the model runs in
// Node on TF.js WASM, exactly as the extension runs it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import puppeteer, { type Page } from 'puppeteer';
import { createClassifier } from '../../src/core/classifier';
import { diskModel, readMetadata } from '../../tests/helpers/node-model';
import { findChromium } from '../../tests/e2e/find-browser';
import { mulberry32, shuffle } from './seeded-random';
import { jpegToPdf } from './write-pdf';

const ROOT = resolve(import.meta.dirname, '../..');
const TILE = 224;
const AREA = 3; // tiles per side of a known-class area
const LABELS = ['adenocarcinoma', 'benign', 'squamous_cell_carcinoma'] as const;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readCsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const keys = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v])));
}

/** One image per test-split group (near-copies share a group), in a seeded order per class. */
function drawCandidates(data: string, seed: number): Record<string, string[]> {
  const testGroups = new Set(readCsv(join(ROOT, 'training/split.csv')).filter((r) => r.split === 'test').map((r) => r.group));
  const byGroup = new Map<string, { label: string; paths: string[] }>();
  for (const r of readCsv(join(data, 'groups.csv'))) {
    if (!testGroups.has(r.group)) continue;
    const g = byGroup.get(r.group) ?? { label: r.label, paths: [] };
    g.paths.push(r.path);
    byGroup.set(r.group, g);
  }
  const rand = mulberry32(seed);
  const out: Record<string, string[]> = {};
  for (const label of LABELS) {
    const groups = shuffle([...byGroup.entries()].filter(([, g]) => g.label === label).sort(([a], [b]) => a.localeCompare(b)), rand);
    out[label] = groups.map(([, g]) => g.paths.sort()[Math.floor(rand() * g.paths.length)]);
  }
  return out;
}

async function decode(page: Page, file: string): Promise<Uint8Array> {
  const b64 = readFileSync(file).toString('base64');
  const rgba = await page.evaluate(async (b) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${b}`)).blob());
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data);
  }, b64);
  return Uint8Array.from(rgba);
}

interface Placed { x: number; y: number; file: string; label: string }

async function compose(page: Page, data: string, width: number, height: number, tiles: Placed[], labels: { text: string; x: number; y: number }[]): Promise<Buffer> {
  const items = tiles.map((t) => ({ ...t, b64: readFileSync(join(data, t.file)).toString('base64') }));
  const jpeg = await page.evaluate(async (w, h, list, texts) => {
    const c = new OffscreenCanvas(w, h);
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#f4f2f3'; // slide glass / paper: what the tissue check calls background
    ctx.fillRect(0, 0, w, h);
    for (const t of list) ctx.drawImage(await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${t.b64}`)).blob()), t.x, t.y);
    ctx.fillStyle = '#111';
    ctx.font = 'bold 28px sans-serif';
    for (const t of texts) ctx.fillText(t.text, t.x, t.y);
    const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }, width, height, items, labels);
  return Buffer.from(jpeg, 'base64');
}

async function main() {
  const data = arg('data');
  if (!data) throw new Error('usage: make-demo-images --data <the LC25000 lung folder> [--seed 7]');
  const seed = Number(arg('seed') ?? 7);
  const candidates = drawCandidates(resolve(data), seed);

  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
  const classifier = await createClassifier(tf, { model: diskModel(), metadata: readMetadata() });
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const page = await browser.newPage();

  const verdicts: Record<string, { file: string; predicted: string; correct: boolean }[]> = {};
  for (const label of LABELS) {
    verdicts[label] = [];
    for (const file of candidates[label]) {
      const result = await classifier.classify({ width: TILE, height: TILE, data: await decode(page, join(data, file)) });
      verdicts[label].push({ file, predicted: result.top.label, correct: result.top.label === label });
    }
  }
  const perArea = AREA * AREA;
  // The honest number: how a random draw of the same size fares, before any selection.
  const randomDraw = LABELS.flatMap((l) => verdicts[l].slice(0, perArea));
  const allTest = LABELS.flatMap((l) => verdicts[l]);
  // The mosaic tests the tile-map machinery (placement, aggregation), so it uses images the
  // model classifies correctly; the figure takes the next four correct ones per class.
  const correct = Object.fromEntries(LABELS.map((l) => [l, verdicts[l].filter((v) => v.correct).map((v) => v.file)]));

  const side = 2 * AREA * TILE;
  const areas = [
    { label: 'adenocarcinoma', x: 0, y: 0 },
    { label: 'benign', x: AREA * TILE, y: 0 },
    { label: 'squamous_cell_carcinoma', x: 0, y: AREA * TILE },
    { label: 'background', x: AREA * TILE, y: AREA * TILE },
  ].map((a) => ({ ...a, width: AREA * TILE, height: AREA * TILE }));
  const mosaicTiles: Placed[] = [];
  for (const a of areas) {
    if (a.label === 'background') continue;
    for (let i = 0; i < perArea; i++) {
      mosaicTiles.push({ x: a.x + (i % AREA) * TILE, y: a.y + Math.floor(i / AREA) * TILE, file: correct[a.label][i], label: a.label });
    }
  }
  mkdirSync(join(ROOT, 'demo/mosaic'), { recursive: true });
  writeFileSync(join(ROOT, 'demo/mosaic/mosaic.jpg'), await compose(page, data, side, side, mosaicTiles, []));

  const gutter = 32;
  const panel = 2 * TILE;
  const figureTiles: Placed[] = [];
  const panels = LABELS.map((label, p) => ({ label, letter: 'ABC'[p], x: gutter + p * (panel + gutter), y: 48 }));
  for (const p of panels) {
    for (let i = 0; i < 4; i++) {
      figureTiles.push({ x: p.x + (i % 2) * TILE, y: p.y + Math.floor(i / 2) * TILE, file: correct[p.label][perArea + i], label: p.label });
    }
  }
  mkdirSync(join(ROOT, 'demo/paper'), { recursive: true });
  const figW = 3 * panel + 4 * gutter;
  const figH = panel + 48 + gutter;
  const figure = await compose(page, data, figW, figH, figureTiles, panels.map((p) => ({ text: p.letter, x: p.x, y: 36 })));
  writeFileSync(join(ROOT, 'demo/paper/figure-1.jpg'), figure);
  writeFileSync(join(ROOT, 'demo/paper/figure-1.pdf'), jpegToPdf(figure, figW, figH, 'Figure 1. (A) Adenocarcinoma. (B) Benign lung tissue. (C) Squamous cell carcinoma. LC25000 test split.'));

  const acc = (v: { correct: boolean }[]) => ({ images: v.length, correct: v.filter((x) => x.correct).length });
  const manifest = {
    about: 'Generated by scripts/demo/make-demo-images.ts from LC25000 test-split images (one image per group of near-copies). Areas are in mosaic pixels.',
    seed,
    tilePx: TILE,
    mosaic: { file: 'mosaic.jpg', width: side, height: side, areas, tiles: mosaicTiles },
    figure: { file: '../paper/figure-1.jpg', width: figW, height: figH, panels: panels.map((p) => ({ ...p, width: panel, height: panel })), tiles: figureTiles },
    modelCheck: {
      note: 'Tiles were chosen among images the bundled model classifies correctly; these are the accuracies before that choice.',
      randomDrawOf27: acc(randomDraw),
      allTestGroupsOneImageEach: acc(allTest),
      perClass: Object.fromEntries(LABELS.map((l) => [l, acc(verdicts[l])])),
    },
  };
  writeFileSync(join(ROOT, 'demo/mosaic/mosaic.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(JSON.stringify(manifest.modelCheck, null, 1));
  await browser.close();
  classifier.dispose();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
