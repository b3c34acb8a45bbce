/**
 * A float32 copy of a float16 LayersModel (same topology, weights widened, one shard per
 * 4 MB), to measure what float16 storage costs or saves at load time.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** IEEE 754 half → float32 (exact: every half value is a float32 value). */
export function fromFloat16Bits(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

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
  const out = new Uint8Array(full.buffer);
  rmSync(toDir, { recursive: true, force: true });
  mkdirSync(toDir, { recursive: true });
  const SHARD = 4 * 1024 * 1024;
  const shards = Math.ceil(out.length / SHARD);
  const paths: string[] = [];
  for (let i = 0; i < shards; i++) {
    const name = `group1-shard${i + 1}of${shards}.bin`;
    writeFileSync(join(toDir, name), out.subarray(i * SHARD, Math.min((i + 1) * SHARD, out.length)));
    paths.push(name);
  }
  const weights = specs.map(({ quantization: _q, ...s }) => s);
  writeFileSync(join(toDir, 'model.json'), JSON.stringify({ ...json, weightsManifest: [{ paths, weights }] }));
}
