/**
 * Builds the bundled TF.js model from the trained weights:
 *   training/artifacts/{weights.safetensors, export.json} → model/{model.json, *.bin, metadata.json}
 * Weights are stored as float16 (half the size; TF.js dequantises at load).
 *
 *   npm run build:model
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { buildConvNeXt } from '../src/core/convnext-builder';
import type { ConvNeXtConfig } from '../src/core/convnext-config';
import type { ModelMetadata } from '../src/core/model-metadata';
import { readSafetensors } from '../src/core/safetensors';
import { toFloat16 } from './lib/float16';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.MODEL_OUT ?? 'model');
const SHARD_BYTES = 4 * 1024 * 1024;

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

  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (a) => {
    artifacts = a;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  if (!artifacts?.weightData || !artifacts.weightSpecs) throw new Error('model.save produced no weights');

  // Re-encode every float32 weight as float16 and record it in the weight spec.
  const f32 = new Float32Array(artifacts.weightData as ArrayBuffer);
  const half = toFloat16(f32);
  const specs = artifacts.weightSpecs.map((s) => ({ ...s, quantization: { dtype: 'float16' as const } }));
  const bytes = new Uint8Array(half.buffer);

  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (/^group\d+-shard\d+of\d+\.bin$/.test(f)) rmSync(join(outDir, f));
  const shards = Math.ceil(bytes.length / SHARD_BYTES);
  const paths: string[] = [];
  const files: ModelMetadata['weights'] = [];
  for (let i = 0; i < shards; i++) {
    const name = `group1-shard${i + 1}of${shards}.bin`;
    const chunk = bytes.subarray(i * SHARD_BYTES, Math.min((i + 1) * SHARD_BYTES, bytes.length));
    writeFileSync(join(outDir, name), chunk);
    paths.push(name);
    files.push({ file: name, sha256: createHash('sha256').update(chunk).digest('hex'), bytes: chunk.length });
  }
  const modelJson = {
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
    convertedBy: 'scripts/build-model.ts (float16 weights)',
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths, weights: specs }],
  };
  writeFileSync(join(outDir, 'model.json'), JSON.stringify(modelJson));
  const modelJsonHash = createHash('sha256').update(readFileSync(join(outDir, 'model.json'))).digest('hex');

  const metadata: ModelMetadata = {
    name: 'convnext-lung',
    version: '1.0.0',
    labels: info.labels,
    displayNames: info.displayNames,
    input: { width: info.architecture.inputSize, height: info.architecture.inputSize, channels: 'RGB', range: [0, 1], resize: 'area' },
    temperature: info.temperature,
    output: 'logits',
    weights: [{ file: 'model.json', sha256: modelJsonHash, bytes: readFileSync(join(outDir, 'model.json')).length }, ...files],
    training: { ...info.training, parameters: info.parameters, architecture: info.architecture, metrics: info.metrics },
  };
  writeFileSync(join(outDir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
  const total = files.reduce((a, f) => a + f.bytes, 0);
  console.log(`model → ${outDir}: ${model.countParams()} parameters, ${(total / 1e6).toFixed(2)} MB of float16 weights in ${shards} shard(s)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
