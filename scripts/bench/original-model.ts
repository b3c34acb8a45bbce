// The original LUCIAN architecture with random weights, for the benchmark only: Keras
// ConvNeXt-Base (dims 128-256-512-1024, depths 3-3-27-3, 4×4 stem, erf GELU, LayerNorm
// eps 1e-6, no top) + Flatten → Dense 256 relu → Dense 512 relu → Dense 3 softmax,
// ~100.5 M parameters. Built by the same builder as the bundled model and written in the
// same format (TF.js LayersModel, float16 weights, 4 MB shards), so the two differ only in
// architecture. ~200 MB on disk: generated at bench time into a git-ignored folder and
// reused while the architecture (recorded in stamp.json) is unchanged.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { buildConvNeXt } from '../../src/core/convnext-builder';
import type { ConvNeXtConfig } from '../../src/core/convnext-config';
import type { NamedTensor, WeightMap } from '../../src/core/safetensors';
import { writeLayersModel } from '../lib/write-layers-model';

export const ORIGINAL_CONFIG: ConvNeXtConfig = {
  inputSize: 224,
  dims: [128, 256, 512, 1024],
  depths: [3, 3, 27, 3],
  stemSize: 4,
  numClasses: 3,
  epsilon: 1e-6,
  activation: 'gelu',
  head: { kind: 'flatten-dense', hidden: [256, 512] },
};

/** Deterministic uniform noise (xorshift32): fast, and the same model in every run. */
function noise(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number, limit: number): Float32Array => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      out[i] = ((s >>> 0) / 4294967296 * 2 - 1) * limit;
    }
    return out;
  };
}

/** Every weight the builder asks for, at the scale a trained ConvNeXt has (He-uniform kernels, unit norms). */
export function randomWeights(cfg: ConvNeXtConfig, seed = 1): WeightMap {
  const rand = noise(seed);
  const w: WeightMap = new Map();
  const put = (name: string, shape: number[], data: Float32Array) => w.set(name, { shape, data } satisfies NamedTensor);
  const kernel = (name: string, shape: number[], fanIn: number) =>
    put(name, shape, rand(shape.reduce((a, b) => a * b, 1), Math.sqrt(6 / fanIn)));
  const fill = (name: string, n: number, v: number) => put(name, [n], new Float32Array(n).fill(v));
  const norm = (prefix: string, n: number) => { fill(`${prefix}/gamma`, n, 1); fill(`${prefix}/beta`, n, 0); };

  put('normalization/mean', [3], Float32Array.of(123.675, 116.28, 103.53));
  put('normalization/variance', [3], Float32Array.of(58.395 ** 2, 57.12 ** 2, 57.375 ** 2));
  const s = cfg.stemSize;
  kernel('stem/conv/kernel', [s, s, 3, cfg.dims[0]], s * s * 3);
  fill('stem/conv/bias', cfg.dims[0], 0);
  norm('stem/norm', cfg.dims[0]);
  cfg.dims.forEach((dim, stage) => {
    if (stage > 0) {
      const prev = cfg.dims[stage - 1];
      norm(`downsample${stage}/norm`, prev);
      kernel(`downsample${stage}/conv/kernel`, [2, 2, prev, dim], 4 * prev);
      fill(`downsample${stage}/conv/bias`, dim, 0);
    }
    for (let b = 0; b < cfg.depths[stage]; b++) {
      const p = `stage${stage}/block${b}`;
      kernel(`${p}/dwconv/kernel`, [7, 7, 1, dim], 49);
      fill(`${p}/dwconv/bias`, dim, 0);
      norm(`${p}/norm`, dim);
      kernel(`${p}/pw1/kernel`, [dim, 4 * dim], dim);
      fill(`${p}/pw1/bias`, 4 * dim, 0);
      kernel(`${p}/pw2/kernel`, [4 * dim, dim], 4 * dim);
      fill(`${p}/pw2/bias`, dim, 0);
      fill(`${p}/layer_scale`, dim, 1e-6); // Keras ConvNeXt's initial layer scale
    }
  });
  const last = cfg.dims[cfg.dims.length - 1];
  let features = last;
  if (cfg.head?.kind === 'flatten-dense') {
    const side = cfg.inputSize / cfg.stemSize / 2 ** (cfg.dims.length - 1);
    features = side * side * last;
    cfg.head.hidden.forEach((units, i) => {
      kernel(`head/hidden${i}/kernel`, [features, units], features);
      fill(`head/hidden${i}/bias`, units, 0);
      features = units;
    });
  } else {
    norm('head/norm', last);
  }
  kernel('head/dense/kernel', [features, cfg.numClasses], features);
  fill('head/dense/bias', cfg.numClasses, 0);
  return w;
}

/** Writes the model (unless an identical one is there) and returns its folder and size. */
export async function ensureOriginalModel(outDir: string, log: (s: string) => void): Promise<{ dir: string; parameters: number; bytes: number }> {
  const stamp = JSON.stringify({ config: ORIGINAL_CONFIG, format: 'layers-model float16 v1' });
  const stampFile = join(outDir, 'stamp.json');
  if (existsSync(stampFile) && existsSync(join(outDir, 'model.json'))) {
    const old = JSON.parse(readFileSync(stampFile, 'utf8')) as { stamp: string; parameters: number; bytes: number };
    if (old.stamp === stamp) return { dir: outDir, parameters: old.parameters, bytes: old.bytes };
  }
  const t0 = performance.now();
  await tf.setBackend('cpu');
  const model = buildConvNeXt(tf, ORIGINAL_CONFIG, randomWeights(ORIGINAL_CONFIG));
  const parameters = model.countParams();
  rmSync(outDir, { recursive: true, force: true });
  const files = await writeLayersModel(model, outDir, 'float16', 'scripts/bench/original-model.ts (random float16 weights)');
  model.dispose();
  const bytes = files.slice(1).reduce((sum, f) => sum + f.bytes, 0); // shards only, not model.json
  writeFileSync(stampFile, JSON.stringify({ stamp, parameters, bytes }));
  log(`original architecture: ${(parameters / 1e6).toFixed(1)} M parameters, ${(bytes / 1e6).toFixed(0)} MB → ${outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { dir: outDir, parameters, bytes };
}
