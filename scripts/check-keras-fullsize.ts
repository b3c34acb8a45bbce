// Full-size check of the Keras importer on a ConvNeXtBase-sized model (made by
// tests/fixtures/keras/make_fullsize.py, not committed): conversion time and peak memory,
// and probabilities against Keras's, for the in-memory float32 model and the written
// float16 files. Results are recorded in docs/KERAS_IMPORT.md.
//
//   npm run check:keras-fullsize -- <dir with convnext-base-random.keras + .reference.json>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { convertKeras } from '../src/keras/convert';
import { pattern, type KerasReference } from '../tests/helpers/keras-fixtures';
import { diskModel } from '../tests/helpers/node-model';
import { writeLayersModel } from './lib/write-layers-model';

const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

function maxDiff(model: tf.LayersModel, ref: KerasReference): number {
  const x = pattern(ref);
  const y = model.predict(x) as tf.Tensor;
  const got = y.arraySync() as number[][];
  tf.dispose([x, y]);
  return Math.max(...ref.outputs.flatMap((row, b) => row.map((v, k) => Math.abs(v - got[b][k]))));
}

async function main() {
  const dir = process.argv.slice(2).find((a) => a !== '--') ?? '/tmp/keras-fullsize';
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await tf.setBackend('wasm');
  const ref = JSON.parse(readFileSync(join(dir, 'convnext-base-random.reference.json'), 'utf8')) as KerasReference;

  let t = performance.now();
  const imported = convertKeras(tf, new Uint8Array(readFileSync(join(dir, 'convnext-base-random.keras'))), 'convnext-base-random.keras');
  const convertS = (performance.now() - t) / 1000;
  t = performance.now();
  const files = await writeLayersModel(imported.model, join(dir, 'tfjs'), 'float16', 'check-keras-fullsize');
  const writeS = (performance.now() - t) / 1000;
  console.log(`parameters ${imported.model.countParams()}; convert ${convertS.toFixed(1)} s, write float16 ${writeS.toFixed(1)} s, peak RSS so far ${rssMb()} MB`);
  console.log(`float16 weights ${(files.slice(1).reduce((a, f) => a + f.bytes, 0) / 1e6).toFixed(1)} MB in ${files.length - 1} shards`);

  t = performance.now();
  console.log(`float32 in memory: max |Δp| vs Keras ${maxDiff(imported.model, ref).toExponential(2)} (${((performance.now() - t) / 1000).toFixed(1)} s for ${ref.input.batch} images, tfjs-wasm, 1 thread)`);
  imported.model.dispose();
  const half = await tf.loadLayersModel(diskModel(join(dir, 'tfjs')));
  console.log(`float16 files: max |Δp| vs Keras ${maxDiff(half, ref).toExponential(2)}; peak RSS ${rssMb()} MB`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
