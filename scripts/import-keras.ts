// Converts a Keras 3 `.keras` file (e.g. the original LUCIAN `convnext_lung_82.keras`) into
// a TF.js LayersModel + metadata.json that the extension can bundle. No Python needed.
//
//   npm run import-keras -- <file.keras> [--out <dir>] [--weights float32|float16|uint8]
//   MODEL_DIR=<dir> npm run build          # bundle it instead of the default model
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { checkMetadata } from '../src/core/model-metadata';
import { convertKeras } from '../src/keras/convert';
import { importMetadata } from '../src/keras/import-metadata';
import { writeLayersModel, type WeightFormat } from './lib/write-layers-model';

const USAGE = 'usage: npm run import-keras -- <file.keras> [--out <dir>] [--weights float32|float16|uint8]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'model-keras' }, weights: { type: 'string', default: 'float16' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 1) throw new Error(USAGE);
  const format = values.weights as WeightFormat;
  if (!['float32', 'float16', 'uint8'].includes(format)) throw new Error(`--weights must be float32, float16 or uint8\n${USAGE}`);
  const file = resolve(positionals[0]);
  const outDir = resolve(values.out);
  const started = performance.now();

  await tf.setBackend('cpu');
  const imported = convertKeras(tf, new Uint8Array(readFileSync(file)), basename(file));
  const weights = await writeLayersModel(imported.model, outDir, format, `scripts/import-keras.ts (${format} weights) from ${basename(file)}`);
  const metadata = checkMetadata(importMetadata(imported, { fileName: basename(file), weights, weightFormat: format }));
  writeFileSync(join(outDir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');

  const mb = weights.slice(1).reduce((a, f) => a + f.bytes, 0) / 1e6;
  const seconds = (performance.now() - started) / 1000;
  console.log(`${basename(file)} (Keras ${imported.kerasVersion}) → ${outDir}`);
  console.log(`  ${imported.model.countParams()} parameters, ${mb.toFixed(1)} MB of ${format} weights, ${seconds.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(`  input ${imported.inputShape.join('×')}, output ${metadata.output}, labels: ${metadata.displayNames.join(', ')}`);
  if (metadata.labelsGuessed) {
    console.log(`  labels are guessed from the model's shape: confirm or edit them in ${join(outDir, 'metadata.json')} (labels, displayNames, input.range), then remove "labelsGuessed"`);
  }
  console.log(`  build the extension with it: MODEL_DIR=${values.out} npm run build`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
