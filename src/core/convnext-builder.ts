// A ConvNeXt as a standard TF.js LayersModel of built-in layers only, so it loads with plain
// `tf.loadLayersModel`. What TF.js lacks is folded away: the input Normalization into the stem,
// grouped convs into depthwise ones (kernel relabelled, same memory order), LayerScale into the
// second pointwise Dense. Weight names follow Keras's layout so the PyTorch export and the
// `.keras` importer share this builder.
import type * as tfjs from '@tensorflow/tfjs';
import type { TfjsApi } from './tfjs-api';
import type { ConvNeXtConfig } from './convnext-config';
import type { NamedTensor, WeightMap } from './safetensors';

type TF = TfjsApi;
const SIGMOID_GELU_SCALE = 1.702;

function take(weights: WeightMap, name: string, shape?: number[]): NamedTensor {
  const t = weights.get(name);
  if (!t) throw new Error(`missing weight ${name}`);
  if (shape && (t.shape.length !== shape.length || t.shape.some((d, i) => d !== shape[i]))) {
    throw new Error(`weight ${name} has shape [${t.shape}], expected [${shape}]`);
  }
  return t;
}

/** Stem kernel/bias with (x - mean) / sqrt(variance) folded in. Exact: the stem has no padding. */
export function foldNormalization(kernel: NamedTensor, bias: NamedTensor, mean: NamedTensor, variance: NamedTensor) {
  const [kh, kw, cin, cout] = kernel.shape;
  const k = new Float32Array(kernel.data.length);
  const b = Float32Array.from(bias.data);
  for (let i = 0; i < kh * kw; i++) {
    for (let c = 0; c < cin; c++) {
      const std = Math.sqrt(variance.data[c]);
      for (let o = 0; o < cout; o++) {
        const idx = (i * cin + c) * cout + o;
        k[idx] = kernel.data[idx] / std;
        b[o] -= (kernel.data[idx] * mean.data[c]) / std;
      }
    }
  }
  return { kernel: k, bias: b };
}

export function buildConvNeXt(tf: TF, cfg: ConvNeXtConfig, weights: WeightMap): tfjs.LayersModel {
  const input = tf.input({ shape: [cfg.inputSize, cfg.inputSize, 3], name: 'image' });
  const graph = convNeXtGraph(tf, cfg, weights, input);
  const model = tf.model({ inputs: input, outputs: graph.output, name: 'convnext' });
  graph.setWeights();
  return model;
}

export interface ConvNeXtGraph {
  output: tfjs.SymbolicTensor;
  setWeights(): void;
}

/** The ConvNeXt layers applied to `input`, names prefixed so that they cannot clash in an enclosing graph. */
export function convNeXtGraph(tf: TF, cfg: ConvNeXtConfig, weights: WeightMap, input: tfjs.SymbolicTensor, prefix = ''): ConvNeXtGraph {
  const assignments: [tfjs.layers.Layer, tfjs.Tensor[]][] = [];
  const assign = (layer: tfjs.layers.Layer, ...tensors: tfjs.Tensor[]) => assignments.push([layer, tensors]);
  const t = (data: Float32Array, shape: number[]) => tf.tensor(data, shape, 'float32');
  const layerNorm = (name: string, key: string, x: tfjs.SymbolicTensor, dim: number) => {
    const ln = tf.layers.layerNormalization({ axis: -1, epsilon: cfg.epsilon, name: prefix + name });
    const y = ln.apply(x) as tfjs.SymbolicTensor;
    assign(ln, t(take(weights, `${key}/gamma`, [dim]).data, [dim]), t(take(weights, `${key}/beta`, [dim]).data, [dim]));
    return y;
  };

  const s = cfg.stemSize;
  const c0 = cfg.dims[0];
  const stem = tf.layers.conv2d({ filters: c0, kernelSize: s, strides: s, padding: 'valid', name: `${prefix}stem_conv` });
  let x = stem.apply(input) as tfjs.SymbolicTensor;
  const folded = foldNormalization(
    take(weights, 'stem/conv/kernel', [s, s, 3, c0]),
    take(weights, 'stem/conv/bias', [c0]),
    take(weights, 'normalization/mean', [3]),
    take(weights, 'normalization/variance', [3]),
  );
  assign(stem, t(folded.kernel, [s, s, 3, c0]), t(folded.bias, [c0]));
  x = layerNorm('stem_norm', 'stem/norm', x, c0);

  for (let stage = 0; stage < cfg.dims.length; stage++) {
    const dim = cfg.dims[stage];
    if (stage > 0) {
      const prev = cfg.dims[stage - 1];
      x = layerNorm(`down${stage}_norm`, `downsample${stage}/norm`, x, prev);
      const conv = tf.layers.conv2d({ filters: dim, kernelSize: 2, strides: 2, padding: 'valid', name: `${prefix}down${stage}_conv` });
      x = conv.apply(x) as tfjs.SymbolicTensor;
      assign(conv, t(take(weights, `downsample${stage}/conv/kernel`, [2, 2, prev, dim]).data, [2, 2, prev, dim]),
        t(take(weights, `downsample${stage}/conv/bias`, [dim]).data, [dim]));
    }
    for (let block = 0; block < cfg.depths[stage]; block++) {
      x = convNeXtBlock(x, `stage${stage}/block${block}`, `s${stage}b${block}`, dim);
    }
  }

  const last = cfg.dims[cfg.dims.length - 1];
  const dense = (name: string, key: string, inp: tfjs.SymbolicTensor, units: number, activation?: 'relu' | 'softmax') => {
    const fanIn = inp.shape[inp.shape.length - 1] as number;
    const layer = tf.layers.dense({ units, activation, name: prefix + name });
    const y = layer.apply(inp) as tfjs.SymbolicTensor;
    assign(layer, t(take(weights, `${key}/kernel`, [fanIn, units]).data, [fanIn, units]),
      t(take(weights, `${key}/bias`, [units]).data, [units]));
    return y;
  };
  let output: tfjs.SymbolicTensor;
  const head = cfg.head ?? { kind: 'pool-norm' };
  if (head.kind === 'features') {
    output = layerNorm('head_norm', 'head/norm', x, last);
  } else if (head.kind === 'flatten-dense') {
    x = tf.layers.flatten({ name: `${prefix}flatten` }).apply(x) as tfjs.SymbolicTensor;
    head.hidden.forEach((units, i) => {
      x = dense(`hidden${i}`, `head/hidden${i}`, x, units, 'relu');
    });
    output = dense('probabilities', 'head/dense', x, cfg.numClasses, 'softmax');
  } else {
    x = tf.layers.globalAveragePooling2d({ name: `${prefix}pool` }).apply(x) as tfjs.SymbolicTensor;
    x = layerNorm('head_norm', 'head/norm', x, last);
    output = dense('logits', 'head/dense', x, cfg.numClasses);
  }

  return {
    output,
    setWeights() {
      for (const [layer, tensors] of assignments) {
        layer.setWeights(tensors);
        tf.dispose(tensors);
      }
    },
  };

  function convNeXtBlock(inp: tfjs.SymbolicTensor, key: string, name: string, dim: number) {
    const dw = tf.layers.depthwiseConv2d({ kernelSize: 7, padding: 'same', name: `${prefix}${name}_dwconv` });
    let y = dw.apply(inp) as tfjs.SymbolicTensor;
    const dwKernel = take(weights, `${key}/dwconv/kernel`, [7, 7, 1, dim]);
    assign(dw, t(dwKernel.data, [7, 7, dim, 1]), t(take(weights, `${key}/dwconv/bias`, [dim]).data, [dim]));
    y = layerNorm(`${name}_norm`, `${key}/norm`, y, dim);

    const sig = cfg.activation === 'sigmoid_gelu';
    const inScale = sig ? SIGMOID_GELU_SCALE : 1;
    const activation = cfg.activation === 'sigmoid_gelu' ? 'swish' : cfg.activation;
    const pw1 = tf.layers.dense({ units: 4 * dim, activation, name: `${prefix}${name}_pw1` });
    y = pw1.apply(y) as tfjs.SymbolicTensor;
    const k1 = take(weights, `${key}/pw1/kernel`, [dim, 4 * dim]).data.map((v) => v * inScale);
    const b1 = take(weights, `${key}/pw1/bias`, [4 * dim]).data.map((v) => v * inScale);
    assign(pw1, t(k1, [dim, 4 * dim]), t(b1, [4 * dim]));

    const pw2 = tf.layers.dense({ units: dim, name: `${prefix}${name}_pw2` });
    y = pw2.apply(y) as tfjs.SymbolicTensor;
    const gamma = take(weights, `${key}/layer_scale`, [dim]).data;
    const k2 = take(weights, `${key}/pw2/kernel`, [4 * dim, dim]).data.map((v, i) => (v * gamma[i % dim]) / inScale);
    const b2 = take(weights, `${key}/pw2/bias`, [dim]).data.map((v, i) => v * gamma[i]);
    assign(pw2, t(k2, [4 * dim, dim]), t(b2, [dim]));
    return tf.layers.add({ name: `${prefix}${name}_add` }).apply([inp, y]) as tfjs.SymbolicTensor;
  }
}
