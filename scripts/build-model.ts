/**
 * Builds the bundled TF.js model from the trained weights:
 *   training/artifacts/{weights.safetensors, export.json} → model/{model.json, *.bin, metadata.json}
 * Weights are stored as float16 (half the size; TF.js dequantises at load).
 *
 *   npm run build:model
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { buildConvNeXt } from '../src/core/convnext-builder';
import type { ConvNeXtConfig } from '../src/core/convnext-config';
import type { ModelMetadata } from '../src/core/model-metadata';
import { readSafetensors } from '../src/core/safetensors';
import { writeLayersModel } from './lib/write-layers-model';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.MODEL_OUT ?? 'model');

interface ExportInfo {
  architecture: ConvNeXtConfig;
  labels: string[];
  displayNames: string[];
  temperature: number;
  parameters: number;
  training: Record<string, unknown>;
  metrics: Record<string, unknown>;
}

async function main() {
  await tf.setBackend('cpu');
  const info = JSON.parse(readFileSync(join(root, 'training/artifacts/export.json'), 'utf8')) as ExportInfo;
  const weights = readSafetensors(readFileSync(join(root, 'training/artifacts/weights.safetensors')));
  const model = buildConvNeXt(tf, info.architecture, weights);

  const files = await writeLayersModel(model, outDir, 'float16', 'scripts/build-model.ts (float16 weights)');

  const metadata: ModelMetadata = {
    name: 'convnext-lung',
    // Bump with every retrained release: history entries and citations record it.
    // 1.1.0: continued 100 epochs at 160-px crops (test 88.0 % → 94.4 %).
    version: '1.1.0',
    labels: info.labels,
    displayNames: info.displayNames,
    input: { width: info.architecture.inputSize, height: info.architecture.inputSize, channels: 'RGB', range: [0, 1], resize: 'area' },
    temperature: info.temperature,
    output: 'logits',
    weights: files,
    training: { ...info.training, parameters: info.parameters, architecture: info.architecture, metrics: info.metrics },
  };
  writeFileSync(join(outDir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
  const shards = files.slice(1);
  const total = shards.reduce((a, f) => a + f.bytes, 0);
  console.log(`model → ${outDir}: ${model.countParams()} parameters, ${(total / 1e6).toFixed(2)} MB of float16 weights in ${shards.length} shard(s)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
