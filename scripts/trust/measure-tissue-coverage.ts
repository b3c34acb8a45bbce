// The "too little tissue" rule before (share of tissue pixels) and after (tissue coverage:
// air spaces between septa count, src/core/tissue-coverage.ts), on the same images and the
// same statistics, with every other rule of the input check (the stain family included)
// unchanged. Writes training/artifacts/tissue-coverage.json, which docs/INPUT_CHECK.md quotes
// (npm run docs writes the block, tests/node/docs-blocks.test.ts holds it):
//  - every LC25000 lung image (the training pipeline's cached train, validation and test
//    splits: `--cache`, as measure-input-check.ts reads them), and its benign images made airy two ways
//    (tests/helpers/air-spaces.ts, seeded by index): air spaces painted over 30–60 % (the
//    twin of training's `air_spaces`), and alveolar parenchyma (75–95 % air between septa);
//  - windows of the other laboratories' slides (`--references`): every 224- and 448-px
//    window at half-window steps, as they are and made alveolar;
//  - the negative set per kind and part (tests/fixtures/negatives);
//  - the time tissueCoverage takes per image (Node, this machine).
//
//   npx vite-node -c scripts/node.config.ts scripts/trust/measure-tissue-coverage.ts -- --cache training/cache --references /path/to/he-stain-references
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { imageStatistics } from '../../src/core/image-statistics';
import { checkContextFor, checkStatistics, type CheckStrictness } from '../../src/core/input-check';
import { prepareInput } from '../../src/core/prepare-input';
import { tissueCoverage } from '../../src/core/tissue-coverage';
import type { RgbaImage } from '../../src/core/types';
import { airSpaces, alveoli, seededRandom } from '../../tests/helpers/air-spaces';
import { readMetadata } from '../../tests/helpers/node-model';
import { decodeEachInChromium, decodeInChromium } from './decode-in-chromium';
import { readSplit, rgbaAt } from './read-npz';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    cache: { type: 'string', default: 'training/cache' },
    references: { type: 'string' },
    out: { type: 'string', default: 'training/artifacts/tissue-coverage.json' },
    /** Every n-th LC25000 image and reference slide only: a quick look, not for the committed file. */
    every: { type: 'string', default: '1' },
  },
});
if (!values.references) throw new Error('--references (the folder of stain reference slides) is needed');
const LEVELS: CheckStrictness[] = ['lenient', 'standard', 'strict'];
const meta = readMetadata();

type Counts = Record<CheckStrictness, number>;
interface Rate { n: number; before: Counts; after: Counts; littleBefore: Counts; littleAfter: Counts; reasonsAfter: Record<string, number>; accepted?: string[] }
const zero = (): Counts => ({ lenient: 0, standard: 0, strict: 0 });
const rate = (): Rate => ({ n: 0, before: zero(), after: zero(), littleBefore: zero(), littleAfter: zero(), reasonsAfter: {} });

/** Both rules on one image; `name`s of images refused before and accepted after (at standard) are kept. */
function score(r: Rate, image: RgbaImage, name?: string): void {
  const stats = imageStatistics(image);
  const context = checkContextFor(meta, image, prepareInput(image, meta.input).input);
  r.n++;
  for (const level of LEVELS) {
    const after = checkStatistics(image, stats, level, context).reasonWords?.id;
    // The rule as it was: the same threshold on the plain share of tissue pixels.
    const before = checkStatistics(image, { ...stats, tissueCoverage: stats.tissueFraction }, level, context).reasonWords?.id;
    if (before) r.before[level]++;
    if (after) r.after[level]++;
    if (before === 'little_tissue') r.littleBefore[level]++;
    if (after === 'little_tissue') r.littleAfter[level]++;
    if (level !== 'standard') continue;
    if (after) r.reasonsAfter[after] = (r.reasonsAfter[after] ?? 0) + 1;
    if (name && before && !after) (r.accepted ??= []).push(name);
  }
}

/** Alveolar parenchyma from a tile: 4–16 alveoli, septa 3–8 px, up to 15 % of septa open. */
function alveolar(image: RgbaImage, seed: number): RgbaImage {
  const rand = seededRandom(1_000_003 * seed + 7);
  const options = { count: 4 + Math.floor(13 * rand()), septum: 3 + 5 * rand(), openShare: 0.15 * rand() };
  return alveoli(image, seed, options).image;
}

function crop(img: RgbaImage, x0: number, y0: number, s: number): RgbaImage {
  const data = new Uint8Array(s * s * 4);
  for (let y = 0; y < s; y++) data.set(img.data.subarray(((y0 + y) * img.width + x0) * 4, ((y0 + y) * img.width + x0 + s) * 4), y * s * 4);
  return { width: s, height: s, data };
}

// LC25000: every image as it is; the benign ones made airy both ways (seeded by their place).
const every = Number(values.every);
const lc25000 = { all: rate(), benignAirSpaces: rate(), benignAlveolar: rate() };
let place = 0;
for (const name of ['train', 'val', 'test']) {
  const split = readSplit(join(values.cache!, `${name}.npz`));
  for (let i = 0; i < split.count; i++, place++) {
    if (place % every !== 0) continue;
    const image = rgbaAt(split, i);
    score(lc25000.all, image);
    if (meta.labels[split.labels[i]] !== 'benign') continue;
    score(lc25000.benignAirSpaces, airSpaces(image, place).image);
    score(lc25000.benignAlveolar, alveolar(image, place));
  }
}

// Other laboratories' slides: windows as they are, and made alveolar (their own tissue as septa).
const slides = readdirSync(values.references).filter((f) => f.endsWith('.jpg')).sort().filter((_, i) => i % every === 0);
const references: Record<string, Rate> = { windows224: rate(), windows448: rate(), alveolar224: rate() };
let windowSeed = 0;
await collect(decodeEachInChromium(slides.map((f) => join(values.references!, f))), (slide, k) => {
  for (const size of [224, 448]) {
    for (let y = 0; y + size <= slide.height; y += size / 2) {
      for (let x = 0; x + size <= slide.width; x += size / 2) {
        const window = crop(slide, x, y, size);
        score(references[`windows${size}`], window, `${slides[k]} @ ${x},${y} (${size} px)`);
        if (size === 224) score(references.alveolar224, alveolar(window, windowSeed++));
      }
    }
  }
});

const dir = 'tests/fixtures/negatives';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { images: { file: string; category: string; part: string }[] };
const decoded = await decodeInChromium(manifest.images.map((m) => join(dir, m.file)));
const negatives: Record<string, Record<string, Rate>> = { tune: {}, 'held-out': {} };
manifest.images.forEach((m, i) => score((negatives[m.part][m.category] ??= rate()), decoded[i]));

// Speed: median of 200 runs on a 224-px LC25000 tile and on a 1000-px reference slide.
const [slide] = await decodeInChromium([join(values.references, slides[0])]);
const speed = { tile224Ms: medianMs(crop(slide, 0, 0, 224)), slide1000Ms: medianMs(slide) };

function medianMs(image: RgbaImage): number {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    tissueCoverage(image);
    times.push(performance.now() - t0);
  }
  return Number(times.sort((a, b) => a - b)[100].toFixed(3));
}

async function collect(images: AsyncGenerator<RgbaImage>, each: (image: RgbaImage, i: number) => void): Promise<void> {
  let i = 0;
  for await (const image of images) each(image, i++);
}

const report = { model: meta.version, ...(every > 1 ? { every } : {}), method: 'scripts/trust/measure-tissue-coverage.ts', lc25000, references, negatives, speed, node: process.version };
writeFileSync(values.out!, JSON.stringify(report, null, 1) + '\n');
const line = (name: string, r: Rate) =>
  `${name} (${r.n}): refused before/after ${LEVELS.map((l) => `${l} ${r.before[l]}→${r.after[l]}`).join(', ')}; too little tissue ${LEVELS.map((l) => `${r.littleBefore[l]}→${r.littleAfter[l]}`).join(', ')}`;
for (const [k, r] of Object.entries(lc25000)) console.log(line(`lc25000 ${k}`, r));
for (const [k, r] of Object.entries(references)) console.log(line(`references ${k}`, r));
for (const part of ['tune', 'held-out']) for (const [k, r] of Object.entries(negatives[part])) console.log(line(`negatives ${part} ${k}`, r));
console.log(`tissueCoverage: ${speed.tile224Ms} ms (224 px), ${speed.slide1000Ms} ms (1000 px)`);
