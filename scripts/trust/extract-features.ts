/**
 * Writes the bundled model's pooled features (the layer the input check scores) for the
 * LC25000 splits, so training/fit_input_check.py can fit the training distribution and set
 * the threshold on validation. Same code path as the extension: the compiled executor on the
 * tfjs WASM backend, one pass per batch.
 *
 *   npx vite-node -c scripts/node.config.ts scripts/trust/extract-features.ts -- --cache training/cache [--splits train,val,test]
 * Writes training/cache/features-<split>.f32 (N×D float32, git-ignored).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { chooseZoom } from '../../src/core/choose-zoom';
import { cropRgba } from '../../src/core/crop-rgba';
import { loadModelRunner } from '../../src/core/model-runner';
import { estimateNucleusScale } from '../../src/core/nucleus-scale';
import { prepareInput } from '../../src/core/prepare-input';
import { diskModel, readMetadata } from '../../tests/helpers/node-model';
import { decodeInChromium } from './decode-in-chromium';
import { readSplit, rgbaAt } from './read-npz';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    cache: { type: 'string', default: 'training/cache' },
    splits: { type: 'string', default: 'train,val,test' },
    layer: { type: 'string', default: 'pool' },
    /** Also the negative set and a folder of other laboratories' H&E JPEGs (whole images, no zoom). */
    negatives: { type: 'boolean', default: false },
    references: { type: 'string' },
    /** For image lists: features of the classifier's zoom windows (one row per window) instead of the whole image. */
    zoom: { type: 'boolean', default: false },
  },
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend did not start');
const meta = readMetadata();
const runner = await loadModelRunner(tf, diskModel());
const size = meta.input.width * meta.input.height * 3;
const BATCH = 16;
async function features(count: number, image: (i: number) => RgbaImageLike): Promise<Float32Array> {
  const chunks: Float32Array[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const batch = new Float32Array(n * size);
    for (let i = 0; i < n; i++) batch.set(prepareInput(image(start + i), meta.input).input, i * size);
    const out = await runner.runWithActivations(batch, n, values.layer!);
    if (!out) throw new Error(`the model cannot be cut at ${values.layer}`);
    chunks.push(out.activations);
  }
  const all = new Float32Array(chunks.reduce((a, c) => a + c.length, 0));
  let o = 0;
  for (const c of chunks) { all.set(c, o); o += c.length; }
  return all;
}
type RgbaImageLike = Parameters<typeof prepareInput>[0];
const images: Record<string, () => Promise<RgbaImageLike[]>> = {};
if (values.negatives) {
  const dir = 'tests/fixtures/negatives';
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { images: { file: string }[] };
  images.negatives = () => decodeInChromium(manifest.images.map((m) => join(dir, m.file)));
}
if (values.references) {
  const files = readdirSync(values.references).filter((f) => f.endsWith('.jpg')).sort();
  images.references = () => decodeInChromium(files.map((f) => join(values.references!, f)));
}
for (const [name, load] of Object.entries(images)) {
  let list = await load();
  if (values.zoom) {
    const owner: number[] = [];
    list = list.flatMap((img, k) => {
      const plan = chooseZoom(img, estimateNucleusScale(img).diameterPx, meta.input.width, meta.input.scale!);
      const wins = plan.windows.length ? plan.windows.map((w) => cropRgba(img, w.x, w.y, w.size)) : [img];
      wins.forEach(() => owner.push(k));
      return wins;
    });
    writeFileSync(join(values.cache!, `features-${name}-zoom.owner.json`), JSON.stringify(owner));
  }
  const all = await features(list.length, (i) => list[i]);
  writeFileSync(join(values.cache!, `features-${name}${values.zoom ? '-zoom' : ''}.f32`), Buffer.from(all.buffer));
  console.log(`${name}: ${list.length} images × ${all.length / list.length} features`);
}
for (const name of values.splits ? values.splits.split(',').filter(Boolean) : []) {
  const split = readSplit(join(values.cache!, `${name}.npz`));
  const t0 = performance.now();
  const all = await features(split.count, (i) => rgbaAt(split, i));
  writeFileSync(join(values.cache!, `features-${name}.f32`), Buffer.from(all.buffer));
  console.log(`${name}: ${split.count} images × ${all.length / split.count} features in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
runner.dispose();
