/**
 * Writes the bundled model's pooled features (the layer the input check scores) for the
 * LC25000 splits, so training/fit_input_check.py can fit the training distribution and set
 * the threshold on validation. Same code path as the extension: the compiled executor on the
 * tfjs WASM backend, one pass per batch.
 *
 *   npx vite-node -c scripts/node.config.ts scripts/trust/extract-features.ts -- --cache training/cache [--splits train,val,test]
 * Writes training/cache/features-<split>.f32 (N×D float32, git-ignored).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { loadModelRunner } from '../../src/core/model-runner';
import { prepareInput } from '../../src/core/prepare-input';
import type { RgbaImage } from '../../src/core/types';
import { diskModel, readMetadata, startWasm } from '../../tests/helpers/node-model';
import { readSplit, rgbaAt } from './read-npz';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    cache: { type: 'string', default: 'training/cache' },
    splits: { type: 'string', default: 'train,val,test' },
    layer: { type: 'string', default: 'pool' },
  },
});
if (!(await startWasm())) throw new Error('the tfjs wasm backend did not start');
const meta = readMetadata();
const runner = await loadModelRunner(tf, diskModel());
const size = meta.input.width * meta.input.height * 3;
const BATCH = 16;
async function features(count: number, image: (i: number) => RgbaImage): Promise<Float32Array> {
  const chunks: Float32Array[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const batch = new Float32Array(n * size);
    for (let i = 0; i < n; i++) batch.set(prepareInput(image(start + i), meta.input).input, i * size);
    const { activations } = await runner.runWithActivations(batch, n, values.layer!);
    if (!activations) throw new Error(`the model cannot be cut at ${values.layer}`);
    chunks.push(activations);
  }
  const all = new Float32Array(chunks.reduce((a, c) => a + c.length, 0));
  let o = 0;
  for (const c of chunks) { all.set(c, o); o += c.length; }
  return all;
}
for (const name of values.splits!.split(',').filter(Boolean)) {
  const split = readSplit(join(values.cache!, `${name}.npz`));
  const t0 = performance.now();
  const all = await features(split.count, (i) => rgbaAt(split, i));
  writeFileSync(join(values.cache!, `features-${name}.f32`), Buffer.from(all.buffer));
  console.log(`${name}: ${split.count} images × ${all.length / split.count} features in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
runner.dispose();
