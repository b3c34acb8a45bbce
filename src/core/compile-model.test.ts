// The compiled executor must give what tfjs-layers' predict gives, for both ConvNeXt
// heads and every activation the builder emits, on small random models (the bundled
// model is covered by tests/node/model-parity.test.ts, which runs through it).
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomWeights } from '../../scripts/bench/original-model';
import { compileModel } from './compile-model';
import { buildConvNeXt } from './convnext-builder';
import type { ConvNeXtConfig } from './convnext-config';

const base: ConvNeXtConfig = { inputSize: 32, dims: [8, 16], depths: [1, 2], stemSize: 4, numClasses: 3, epsilon: 1e-6, activation: 'sigmoid_gelu' };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

it('runs layers it does not know through their own apply, without folding into them', async () => {
  const input = tf.input({ shape: [4, 4, 3] });
  const norm = tf.layers.layerNormalization({ axis: -1 });
  const dense = tf.layers.dense({ units: 2, activation: 'elu' }); // elu: not translated
  const model = tf.model({ inputs: input, outputs: dense.apply(norm.apply(input)) as tf.SymbolicTensor });
  norm.setWeights([tf.tensor1d([2, 3, 4]), tf.tensor1d([0.5, -1, 1])]);
  const compiled = compileModel(tf, model);
  expect(compiled.standalone).toBe(false);
  const x = tf.randomUniform([1, 4, 4, 3], 0, 1, 'float32', 5);
  const want = (model.predict(x) as tf.Tensor).dataSync();
  const got = tf.tidy(() => compiled.predict(x)).dataSync();
  for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], 4);
});

describe.each([
  ['pool-norm head, sigmoid GELU', base],
  ['flatten-dense head, erf GELU (the original LUCIAN form)', { ...base, activation: 'gelu', head: { kind: 'flatten-dense', hidden: [12, 6] } }],
  ['tanh GELU', { ...base, activation: 'gelu_new' }],
] as [string, ConvNeXtConfig][])('%s', (_, cfg) => {
  it.each([true, false])('matches model.predict (fold norms: %s)', async (foldNorms) => {
    const weights = randomWeights(cfg, 7);
    // Non-trivial norms, biases and layer scales, so that every folded term is exercised.
    for (const [name, t] of weights) {
      if (/(norm\/(gamma|beta)|bias|layer_scale)$/.test(name)) t.data.forEach((_, i) => { t.data[i] = 0.5 + ((i * 37) % 11) / 10; });
    }
    const model = buildConvNeXt(tf, cfg, weights);
    const compiled = compileModel(tf, model, { foldNorms });
    expect(compiled.standalone).toBe(true);
    const x = tf.randomUniform([1, cfg.inputSize, cfg.inputSize, 3], 0, 1, 'float32', 3);
    const want = (model.predict(x) as tf.Tensor).dataSync();
    const before = tf.memory().numTensors;
    const out = tf.tidy(() => compiled.predict(x));
    const got = out.dataSync();
    out.dispose();
    expect(tf.memory().numTensors).toBe(before);
    for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], 4);
    compiled.dispose();
    model.dispose();
    x.dispose();
  });
});

describe('per-position logits (the class-activation map, src/core/class-activation-map.ts)', () => {
  it.each([true, false])('average back to the model output on a pool-norm head (fold norms: %s)', (foldNorms) => {
    const weights = randomWeights(base, 11);
    for (const [name, t] of weights) {
      if (/(norm\/(gamma|beta)|bias)$/.test(name)) t.data.forEach((_, i) => { t.data[i] = 0.5 + ((i * 37) % 11) / 10; });
    }
    const model = buildConvNeXt(tf, base, weights);
    const compiled = compileModel(tf, model, { foldNorms });
    const positional = compiled.positional!;
    expect(positional).not.toBeNull();
    const x = tf.randomUniform([2, 32, 32, 3], 0, 1, 'float32', 4);
    const [want, got] = tf.tidy(() => {
      const parts = positional.contributions(compiled.split(positional.layer).head(x));
      expect(parts.shape.slice(0, 3)).toEqual([2, 4, 4]); // 32 px, 4-px stem (8×8), one 2× downsampling
      return [compiled.predict(x).dataSync(), tf.mean(parts, [1, 2]).dataSync()];
    });
    for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], 5);
    compiled.dispose();
    model.dispose();
    x.dispose();
  });

  it('are not offered for a flatten-dense head (LUCIAN\'s), which does not decompose', () => {
    const cfg: ConvNeXtConfig = { ...base, head: { kind: 'flatten-dense', hidden: [12, 6] } };
    const model = buildConvNeXt(tf, cfg, randomWeights(cfg, 7));
    expect(compileModel(tf, model).positional).toBeNull();
    model.dispose();
  });
});
