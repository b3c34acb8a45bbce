// One Keras 3 layer as built-in TF.js layers: inference no-ops become identities, and what TF.js
// lacks is expressed exactly with what it has.
import type * as tfjs from '@tensorflow/tfjs';
import type { NamedTensor } from '../core/safetensors';
import { tfActivation } from './activations';
import { layerName, type KerasLayer } from './config';

type TF = typeof tfjs;
type Sym = tfjs.SymbolicTensor;

export interface LayerContext {
  tf: TF;
  /** Queue weights for a TF.js layer; they are set once the model is assembled. */
  assign(layer: tfjs.layers.Layer, values: NamedTensor[], keras: KerasLayer): void;
}

/** Identity at inference time: Keras applies them only while training. */
const INFERENCE_IDENTITY = new Set(['Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'GaussianNoise', 'GaussianDropout',
  'AlphaDropout', 'ActivityRegularization', 'RandomFlip', 'RandomRotation', 'RandomZoom', 'RandomTranslation',
  'RandomContrast', 'RandomBrightness', 'StochasticDepth']);

export function unsupported(layer: KerasLayer, why = 'has no TF.js equivalent in this importer'): Error {
  const where = layer.module ? ` from ${layer.module}` : '';
  return new Error(`unsupported layer "${layerName(layer)}" (class ${layer.class_name}${where}): ${why}`);
}

const pair = (v: unknown): [number, number] => (Array.isArray(v) ? [Number(v[0]), Number(v[1])] : [Number(v), Number(v)]);

export function mapLayer(ctx: LayerContext, layer: KerasLayer, inputs: Sym[], vars: NamedTensor[], name: string): Sym {
  const { tf } = ctx;
  const c = layer.config as Record<string, unknown>;
  const x = inputs[0];
  const apply = (l: tfjs.layers.Layer, weights: NamedTensor[] = vars) => {
    const y = l.apply(inputs.length > 1 ? inputs : x) as Sym;
    // Always queue a layer that has weights: an empty list then fails loudly at setWeights
    // instead of leaving random initial values in the converted model.
    if (l.weights.length || weights.length) ctx.assign(l, weights, layer);
    return y;
  };
  if (c.data_format !== undefined && c.data_format !== 'channels_last') throw unsupported(layer, 'only channels_last is supported');
  const cls = layer.class_name;
  if (INFERENCE_IDENTITY.has(cls)) return x;

  switch (cls) {
    case 'Activation': {
      const activation = tfActivation(layer);
      return activation === 'linear' ? x : apply(tf.layers.activation({ activation, name }));
    }
    case 'Dense':
      return apply(tf.layers.dense({ units: Number(c.units), activation: tfActivation(layer), useBias: c.use_bias !== false, name }));
    case 'Conv2D': {
      const groups = Number(c.groups ?? 1);
      const common = { kernelSize: pair(c.kernel_size), strides: pair(c.strides), padding: c.padding as 'valid' | 'same',
        dilationRate: pair(c.dilation_rate ?? 1), activation: tfActivation(layer), useBias: c.use_bias !== false, name };
      if (groups === 1) return apply(tf.layers.conv2d({ filters: Number(c.filters), ...common }));
      const [kernel, ...rest] = vars;
      if (!kernel) throw unsupported(layer, 'its kernel is missing from model.weights.h5');
      if (groups !== Number(c.filters) || kernel.shape[2] !== 1) {
        throw unsupported(layer, `grouped convolution with groups=${groups} (only groups = channels maps to TF.js)`);
      }
      // Grouped conv with one channel per group is a depthwise conv: (kh,kw,1,C) → (kh,kw,C,1), same memory order.
      const [kh, kw, , ch] = kernel.shape;
      return apply(tf.layers.depthwiseConv2d({ depthMultiplier: 1, ...common }), [{ shape: [kh, kw, ch, 1], data: kernel.data }, ...rest]);
    }
    case 'DepthwiseConv2D':
      return apply(tf.layers.depthwiseConv2d({ kernelSize: pair(c.kernel_size), strides: pair(c.strides), padding: c.padding as 'valid' | 'same',
        depthMultiplier: Number(c.depth_multiplier ?? 1), dilationRate: pair(c.dilation_rate ?? 1), activation: tfActivation(layer),
        useBias: c.use_bias !== false, name }));
    case 'MaxPooling2D':
    case 'AveragePooling2D': {
      const args = { poolSize: pair(c.pool_size), strides: pair(c.strides ?? c.pool_size), padding: c.padding as 'valid' | 'same', name };
      return apply(cls === 'MaxPooling2D' ? tf.layers.maxPooling2d(args) : tf.layers.averagePooling2d(args));
    }
    case 'GlobalAveragePooling2D':
    case 'GlobalMaxPooling2D':
      if (c.keepdims) throw unsupported(layer, 'keepdims=True is not supported');
      return apply(cls === 'GlobalAveragePooling2D' ? tf.layers.globalAveragePooling2d({ name }) : tf.layers.globalMaxPooling2d({ name }));
    case 'Flatten':
      return apply(tf.layers.flatten({ name }));
    case 'Rescaling':
      if (typeof c.scale !== 'number' || typeof (c.offset ?? 0) !== 'number') throw unsupported(layer, 'per-channel scale/offset');
      return apply(tf.layers.rescaling({ scale: c.scale, offset: Number(c.offset ?? 0), name }));
    case 'Resizing': {
      const [h, w] = [Number(c.height), Number(c.width)];
      // Same size: Keras's resize is an exact identity, so nothing to emit.
      if (x.shape[1] === h && x.shape[2] === w) return x;
      if (c.crop_to_aspect_ratio || c.pad_to_aspect_ratio) throw unsupported(layer, 'crop/pad to aspect ratio');
      const interpolation = c.interpolation === 'nearest' ? 'nearest' : 'bilinear';
      return apply(tf.layers.resizing({ height: h, width: w, interpolation, name }));
    }
    case 'LayerNormalization':
      if (c.rms_scaling) throw unsupported(layer, 'rms_scaling=True');
      if (!lastAxis(c.axis, x.shape.length)) throw unsupported(layer, 'normalizes over an axis other than the last');
      return apply(tf.layers.layerNormalization({ axis: -1, epsilon: Number(c.epsilon ?? 1e-3), center: c.center !== false, scale: c.scale !== false, name }));
    case 'BatchNormalization':
      if (!lastAxis(c.axis, x.shape.length)) throw unsupported(layer, 'normalizes over an axis other than the last');
      return apply(tf.layers.batchNormalization({ axis: -1, epsilon: Number(c.epsilon ?? 1e-3), center: c.center !== false, scale: c.scale !== false, name }));
    case 'Normalization':
      return normalization(ctx, layer, x, vars, name);
    case 'LayerScale': {
      const gamma = vars[0];
      if (!gamma) throw unsupported(layer, 'its gamma is missing from model.weights.h5');
      return diagonalDense(ctx, layer, x, gamma.data, new Float32Array(gamma.data.length), name);
    }
    case 'Add':
      return apply(tf.layers.add({ name }));
    case 'Multiply':
      return apply(tf.layers.multiply({ name }));
    case 'Concatenate':
      return apply(tf.layers.concatenate({ axis: Number(c.axis ?? -1), name }));
    case 'ZeroPadding2D': {
      const p = c.padding as number | [number, number] | [[number, number], [number, number]];
      const padding = typeof p === 'number' ? p : (Array.isArray(p[0]) ? p : [[p[0], p[0]], [p[1], p[1]]]) as [[number, number], [number, number]];
      return apply(tf.layers.zeroPadding2d({ padding, name }));
    }
    case 'Softmax':
      return apply(tf.layers.softmax({ axis: Number(c.axis ?? -1), name }));
    default:
      throw unsupported(layer);
  }
}

function lastAxis(axis: unknown, rank: number): boolean {
  const list = Array.isArray(axis) ? axis.map(Number) : [Number(axis ?? -1)];
  return list.length === 1 && (list[0] === -1 || list[0] === rank - 1);
}

/** (x - mean) / sqrt(variance) as a Dense with a diagonal kernel: exact, any input rank. */
function normalization(ctx: LayerContext, layer: KerasLayer, x: Sym, vars: NamedTensor[], name: string): Sym {
  const c = layer.config as { mean?: number[] | null; variance?: number[] | null; invert?: boolean; axis?: unknown };
  if (c.invert) throw unsupported(layer, 'invert=True');
  if (!lastAxis(c.axis, x.shape.length)) throw unsupported(layer, 'normalizes over an axis other than the last');
  const mean = c.mean ?? Array.from(vars[0]?.data ?? []);
  const variance = c.variance ?? Array.from(vars[1]?.data ?? []);
  if (!mean.length || mean.length !== variance.length) throw unsupported(layer, 'mean/variance not found');
  // Keras divides by max(sqrt(variance), epsilon) with epsilon 1e-7.
  const inv = Float32Array.from(variance, (v) => 1 / Math.max(Math.sqrt(v), 1e-7));
  return diagonalDense(ctx, layer, x, inv, Float32Array.from(mean, (m, i) => -m * inv[i]), name);
}

export function diagonalDense(ctx: LayerContext, layer: KerasLayer, x: Sym, diag: Float32Array, bias: Float32Array, name: string): Sym {
  const n = diag.length;
  const kernel = new Float32Array(n * n);
  for (let i = 0; i < n; i++) kernel[i * n + i] = diag[i];
  const dense = ctx.tf.layers.dense({ units: n, name });
  const y = dense.apply(x) as Sym;
  ctx.assign(dense, [{ shape: [n, n], data: kernel }, { shape: [n], data: bias }], layer);
  return y;
}
