// Writes a TF.js LayersModel as model.json + 4 MB weight shards, with the weights stored as
// float32, float16 (half the size, dequantised by TF.js at load) or uint8 (a quarter, with
// a per-tensor affine scale: smaller but lossy). Returns every written file with its
// sha256, model.json first, as metadata.json lists them.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { ModelMetadata } from '../../src/core/model-metadata';
import { toFloat16 } from './float16';

export type WeightFormat = 'float32' | 'float16' | 'uint8';
const SHARD_BYTES = 4 * 1024 * 1024;

export async function writeLayersModel(model: tf.LayersModel, outDir: string, format: WeightFormat, convertedBy: string): Promise<ModelMetadata['weights']> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (a) => {
    artifacts = a;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  if (!artifacts?.weightData || !artifacts.weightSpecs) throw new Error('model.save produced no weights');
  const { bytes, specs } = encode(new Float32Array(artifacts.weightData as ArrayBuffer), artifacts.weightSpecs, format);

  const files = writeWeightShards(outDir, bytes);
  const paths = files.map((f) => f.file);
  const modelJson = Buffer.from(JSON.stringify({
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
    convertedBy,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths, weights: specs }],
  }));
  writeFileSync(join(outDir, 'model.json'), modelJson);
  return [{ file: 'model.json', sha256: sha256(modelJson), bytes: modelJson.length }, ...files];
}

/**
 * Writes weight bytes as TF.js's `group1-shardNofM.bin` files of at most 4 MB into outDir
 * (replacing older shards there) and returns them in order, with sha256 and size.
 */
export function writeWeightShards(outDir: string, bytes: Uint8Array): ModelMetadata['weights'] {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (/^group\d+-shard\d+of\d+\.bin$/.test(f)) rmSync(join(outDir, f));
  const shards = Math.max(1, Math.ceil(bytes.length / SHARD_BYTES));
  const files: ModelMetadata['weights'] = [];
  for (let i = 0; i < shards; i++) {
    const name = `group1-shard${i + 1}of${shards}.bin`;
    const chunk = bytes.subarray(i * SHARD_BYTES, Math.min((i + 1) * SHARD_BYTES, bytes.length));
    writeFileSync(join(outDir, name), chunk);
    files.push({ file: name, sha256: sha256(chunk), bytes: chunk.length });
  }
  return files;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function encode(f32: Float32Array, weightSpecs: tf.io.WeightsManifestEntry[], format: WeightFormat) {
  if (format === 'float32') return { bytes: new Uint8Array(f32.buffer, f32.byteOffset, f32.byteLength), specs: weightSpecs };
  if (format === 'float16') {
    const half = toFloat16(f32);
    return { bytes: new Uint8Array(half.buffer), specs: weightSpecs.map((s) => ({ ...s, quantization: { dtype: 'float16' as const } })) };
  }
  // uint8: per tensor, v ≈ min + q·scale, the affine scheme TF.js dequantises at load.
  const out = new Uint8Array(f32.length);
  let offset = 0;
  const specs = weightSpecs.map((s) => {
    const n = s.shape.reduce((a, b) => a * b, 1);
    const values = f32.subarray(offset, offset + n);
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (n === 0) min = max = 0;
    const scale = max > min ? (max - min) / 255 : 1;
    for (let i = 0; i < n; i++) out[offset + i] = Math.round((values[i] - min) / scale);
    offset += n;
    return { ...s, quantization: { dtype: 'uint8' as const, scale, min } };
  });
  return { bytes: out, specs };
}
