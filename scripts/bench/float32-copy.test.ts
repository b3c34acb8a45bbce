// The benchmark's float32 copy of the bundled float16 model: no quantisation left, shards
// of at most 4 MB, and exactly the weights TF.js itself decodes from the float16 model.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { diskModel, MODEL_DIR } from '../../tests/helpers/node-model';
import { writeFloat32Copy } from './float32-copy';

let dir: string;

beforeAll(async () => {
  await tf.setBackend('cpu');
  dir = mkdtempSync(join(tmpdir(), 'float32-copy-'));
  writeFloat32Copy(MODEL_DIR, join(dir, 'model'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('is plain float32 in shards of at most 4 MB', () => {
  const json = JSON.parse(readFileSync(join(dir, 'model', 'model.json'), 'utf8')) as tf.io.ModelJSON;
  const weights = json.weightsManifest.flatMap((g) => g.weights);
  expect(weights.length).toBeGreaterThan(0);
  expect(weights.every((w) => w.dtype === 'float32' && w.quantization === undefined)).toBe(true);
  for (const p of json.weightsManifest.flatMap((g) => g.paths)) expect(statSync(join(dir, 'model', p)).size).toBeLessThanOrEqual(4 * 1024 * 1024);
});

it('holds the same weights TF.js decodes from the float16 model, bit for bit', async () => {
  const [half, full] = await Promise.all([tf.loadLayersModel(diskModel()), tf.loadLayersModel(diskModel(join(dir, 'model')))]);
  const a = half.getWeights();
  const b = full.getWeights();
  expect(b.length).toBe(a.length);
  for (let i = 0; i < a.length; i++) {
    expect(b[i].shape, `weight ${i}`).toEqual(a[i].shape);
    expect(Buffer.from((await b[i].data()).buffer).equals(Buffer.from((await a[i].data()).buffer)), `weight ${i}`).toBe(true);
  }
  half.dispose();
  full.dispose();
});
