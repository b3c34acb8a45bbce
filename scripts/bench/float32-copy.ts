// A float32 copy of a float16 LayersModel (same topology, weights widened, one shard per
// 4 MB), to measure what float16 storage costs or saves at load time.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromFloat16Bits } from '../lib/float16';
import { writeWeightShards } from '../lib/write-layers-model';

interface ModelJson {
  weightsManifest: { paths: string[]; weights: { name: string; shape: number[]; dtype: string; quantization?: { dtype: string } }[] }[];
  [key: string]: unknown;
}

export function writeFloat32Copy(fromDir: string, toDir: string): void {
  const json = JSON.parse(readFileSync(join(fromDir, 'model.json'), 'utf8')) as ModelJson;
  const bytes = Buffer.concat(json.weightsManifest.flatMap((g) => g.paths).map((p) => readFileSync(join(fromDir, p))));
  const specs = json.weightsManifest.flatMap((g) => g.weights);
  if (specs.some((s) => s.quantization?.dtype !== 'float16')) throw new Error('expected float16 weights only');
  const half = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const full = new Float32Array(half.length);
  for (let i = 0; i < half.length; i++) full[i] = fromFloat16Bits(half[i]);
  rmSync(toDir, { recursive: true, force: true });
  const paths = writeWeightShards(toDir, new Uint8Array(full.buffer)).map((f) => f.file);
  const weights = specs.map(({ quantization: _q, ...s }) => s);
  writeFileSync(join(toDir, 'model.json'), JSON.stringify({ ...json, weightsManifest: [{ paths, weights }] }));
}
