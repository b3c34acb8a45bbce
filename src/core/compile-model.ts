// Runs a loaded LayersModel as a flat list of TF.js ops instead of tfjs-layers' `predict`,
// which tiles LayerNorm statistics to full size (tfjs#2120) and copies more than it needs. Norm
// affines fold into the next Dense/Conv2D, biases and activations fuse, intermediates are freed
// after their last reader; unknown layers run through their own `apply`.
import type * as tfjs from '@tensorflow/tfjs';
import type { TfjsApi } from './tfjs-api';

type TF = TfjsApi;
type Tensor = tfjs.Tensor;
type Layer = tfjs.layers.Layer;
type FusedActivation = 'linear' | 'relu' | 'sigmoid';

export interface CompiledModel {
  predict(input: Tensor): Tensor;
  readonly standalone: boolean;
  /** The model cut after one layer (for Grad-CAM's gradients); throws when a skip connection crosses the cut. */
  split(layerName: string): { head(input: Tensor): Tensor; tail(activations: Tensor): Tensor };
  /** The layers after clean cut `from` up to clean cut `to`, as one function. */
  segment(from: string, to: string): (activations: Tensor) => Tensor;
  readonly cuts: readonly CutPoint[];
  /** For heads pooling → (LayerNorm) → linear Dense: logits split per position (class-activation-map.ts). */
  readonly positional: PositionalLogits | null;
  dispose(): void;
}

/** Exact: for one image the norm's statistics are constants of the pooled vector and everything after is linear. */
export interface PositionalLogits {
  layer: string;
  contributions(features: Tensor): Tensor;
}

export interface CutPoint {
  name: string;
  className: string;
  shape: readonly (number | null)[];
}

interface Step {
  name: string;
  className: string;
  shape: (number | null)[];
  inputs: number[];
  output: number;
  run(xs: Tensor[]): Tensor;
}

interface LayerConfig {
  activation?: string;
  axis?: number[] | number;
  epsilon?: number;
  center?: boolean;
  scale?: boolean;
  strides?: number[];
  padding?: 'valid' | 'same';
  dataFormat?: string;
  dilationRate?: number[] | number;
  depthMultiplier?: number;
}

const FUSABLE = new Set(['linear', 'relu', 'sigmoid']);

/** getConfig() says 'channelsLast'; a config read from JSON may say 'channels_last'. */
const channelsLast = (c: LayerConfig) => c.dataFormat == null || c.dataFormat === 'channelsLast' || c.dataFormat === 'channels_last';

function viaLayers(model: tfjs.LayersModel): CompiledModel {
  const split = () => {
    throw new Error('this model runs through tfjs-layers and cannot be cut for explanations');
  };
  return { predict: (x) => model.predict(x) as Tensor, standalone: false, split, segment: split, cuts: [], positional: null, dispose: () => undefined };
}

export interface CompileOptions {
  foldNorms?: boolean;
}

export function compileModel(tf: TF, model: tfjs.LayersModel, options: CompileOptions = {}): CompiledModel {
  if (model.inputs.length !== 1 || model.outputs.length !== 1) return viaLayers(model);
  if (model.layers.some((l) => l.inboundNodes.length !== 1)) return viaLayers(model);

  const owned: Tensor[] = [];
  const own = <T extends Tensor>(t: T): T => { owned.push(t); return t; };
  const alias = (t: Tensor) => own(tf.reshape(t, t.shape));
  const config = (l: Layer) => l.getConfig() as unknown as LayerConfig;
  const nodeOf = (l: Layer) => l.inboundNodes[0];

  const readers = new Map<number, Layer[]>();
  for (const l of model.layers) {
    if (l.getClassName() === 'InputLayer') continue;
    for (const t of nodeOf(l).inputTensors) readers.set(t.id, [...(readers.get(t.id) ?? []), l]);
  }
  const outputId = model.outputs[0].id;

  // LayerNorms over the last axis whose only reader can absorb gamma/beta.
  const folded = new Map<number, { gamma: Tensor | null; beta: Tensor | null }>();
  for (const l of options.foldNorms === false ? [] : model.layers) {
    if (l.getClassName() !== 'LayerNormalization') continue;
    const out = nodeOf(l).outputTensors[0];
    const rank = out.shape.length;
    const axis = ([] as number[]).concat(config(l).axis ?? -1).map((a) => (a < 0 ? a + rank : a));
    if (axis.length !== 1 || axis[0] !== rank - 1 || out.id === outputId) continue;
    const r = readers.get(out.id) ?? [];
    if (r.length !== 1) continue;
    const reader = r[0].getClassName();
    const rc = config(r[0]);
    // Only into layers translated below (a layer run by its own apply would miss the fold).
    const translatable = FUSABLE.has(rc.activation ?? 'linear') || activationFn(rc.activation) !== null;
    const foldable = translatable && (reader === 'Dense' || (reader === 'Conv2D' && rc.padding === 'valid' && channelsLast(rc)));
    if (!foldable) continue;
    const c = config(l);
    const weights = l.getWeights();
    let i = 0;
    const gamma = c.scale !== false ? weights[i++] : null;
    const beta = c.center !== false ? weights[i++] : null;
    folded.set(out.id, { gamma, beta });
  }

  // What positionalLogits() needs from the head: each LayerNorm's epsilon and its affine part
  // on already-normalised values, and which Dense layers are linear.
  const norms = new Map<string, { eps: number; affine: (y: Tensor) => Tensor }>();
  const linearDense = new Set<string>();
  let standalone = true;
  const steps: Step[] = [];
  for (const l of model.layers) {
    const node = nodeOf(l);
    if (l.getClassName() === 'InputLayer') continue;
    const inputs = node.inputTensors.map((t) => t.id);
    const output = node.outputTensors[0].id;
    const run = translate(l, inputs);
    const about = { name: l.name, className: l.getClassName(), shape: node.outputTensors[0].shape.slice(1), inputs, output };
    if (run) {
      steps.push({ ...about, run });
    } else {
      standalone = false;
      steps.push({ ...about, run: (xs) => l.apply(xs.length === 1 ? xs[0] : xs) as Tensor });
    }
  }

  const inputId = model.inputs[0].id;
  // A clean cut after step i: nothing after i reads a tensor made before i (no skip across).
  const lastReader = new Map<number, number>();
  steps.forEach((st, i) => st.inputs.forEach((id) => lastReader.set(id, i)));
  const cuts: CutPoint[] = [];
  let readLater = lastReader.get(inputId) ?? -1;
  steps.forEach((st, i) => {
    if (readLater <= i) cuts.push({ name: st.name, className: st.className, shape: st.shape });
    readLater = Math.max(readLater, lastReader.get(st.output) ?? -1);
  });

  return {
    standalone,
    cuts,
    predict: (input) => runSteps(steps, inputId, input, outputId),
    positional: positionalLogits(),
    split(layerName) {
      const cut = steps.findIndex((st) => st.name === layerName);
      if (cut < 0) throw new Error(`no layer named ${layerName}`);
      const tapId = steps[cut].output;
      const before = new Set(steps.slice(0, cut + 1).map((st) => st.output));
      before.add(inputId);
      const tail = steps.slice(cut + 1);
      const crossing = tail.find((st) => st.inputs.some((id) => id !== tapId && before.has(id)));
      if (crossing) throw new Error(`layer ${crossing.name} reads from before ${layerName}: cannot cut there`);
      return {
        head: (input) => runSteps(steps.slice(0, cut + 1), inputId, input, tapId),
        tail: (activations) => runSteps(tail, tapId, activations, outputId),
      };
    },
    segment(from, to) {
      const a = steps.findIndex((st) => st.name === from);
      const b = steps.findIndex((st) => st.name === to);
      if (a < 0 || b <= a || ![from, to].every((name) => cuts.some((c) => c.name === name))) throw new Error(`no clean segment from ${from} to ${to}`);
      return (activations) => runSteps(steps.slice(a + 1, b + 1), steps[a].output, activations, steps[b].output);
    },
    dispose() {
      tf.dispose(owned);
      owned.length = 0;
    },
  };

  function positionalLogits(): PositionalLogits | null {
    const dense = steps[steps.length - 1];
    if (dense?.className !== 'Dense' || dense.output !== outputId || !linearDense.has(dense.name)) return null;
    const normStep = steps[steps.length - 2]?.className === 'LayerNormalization' ? steps[steps.length - 2] : null;
    const pool = steps[steps.length - (normStep ? 3 : 2)];
    if (pool?.className !== 'GlobalAveragePooling2D') return null;
    if (dense.inputs[0] !== (normStep ?? pool).output || (normStep && normStep.inputs[0] !== pool.output)) return null;
    const source = steps.find((st) => st.output === pool.inputs[0]);
    const norm = normStep ? norms.get(normStep.name) : null;
    if (!source || (normStep && !norm) || !cuts.some((c) => c.name === source.name)) return null;
    return {
      layer: source.name,
      contributions(features) {
        let y = features;
        if (norm) {
          // The norm's statistics come from the pooled vector, as in the model, and are then
          // applied to every position alike: that is what keeps the decomposition exact.
          const pooled = tf.mean(features, [1, 2], true);
          const mean = tf.mean(pooled, -1, true);
          const rstd = tf.rsqrt(tf.add(tf.mean(tf.square(tf.sub(pooled, mean)), -1, true), norm.eps));
          y = norm.affine(tf.mul(tf.sub(features, mean), rstd));
        }
        return dense.run([y]);
      },
    };
  }

  function activationFn(name: string | undefined): ((x: Tensor) => Tensor) | null {
    switch (name ?? 'linear') {
      case 'linear': return (x) => x;
      case 'relu': return (x) => tf.relu(x);
      case 'sigmoid': return (x) => tf.sigmoid(x);
      case 'swish': return (x) => tf.mul(x, tf.sigmoid(x));
      // As tfjs-layers' erf GELU: x · 0.5 · (1 + erf(x / √2)).
      case 'gelu': return (x) => tf.mul(x, tf.mul(0.5, tf.add(1, tf.erf(tf.div(x, Math.SQRT2)))));
      // As tfjs-layers' tanh GELU: 0.5 · x · (1 + tanh(√(2/π) · (x + 0.044715 · x³))).
      case 'gelu_new': return (x) => tf.mul(0.5, tf.mul(x, tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3))))))));
      case 'softmax': return (x) => tf.softmax(x, -1);
      case 'tanh': return (x) => tf.tanh(x);
      default: return null;
    }
  }

  function weightsWithNorm(l: Layer, inputId: number, kind: 'dense' | 'conv'): { kernel: Tensor; bias: Tensor | null } {
    const [k, b] = l.getWeights();
    const norm = folded.get(inputId);
    if (!norm || (!norm.gamma && !norm.beta)) return { kernel: alias(k), bias: b ? alias(b) : null };
    const [kernel, bias] = tf.tidy(() => {
      const cin = k.shape[k.shape.length - 2]; // Dense [in, out], Conv2D [h, w, in, out]
      const cout = k.shape[k.shape.length - 1];
      const perInput = kind === 'dense' ? [cin, 1] : [1, 1, cin, 1];
      const scaled = norm.gamma ? tf.mul(k, tf.reshape(norm.gamma, perInput)) : tf.clone(k);
      const shift = norm.beta ? tf.sum(tf.reshape(tf.mul(k, tf.reshape(norm.beta, perInput)), [-1, cout]), 0) : tf.zeros([cout]);
      return [scaled, b ? tf.add(b, shift) : shift];
    });
    return { kernel: own(kernel), bias: own(bias) };
  }

  function translate(l: Layer, inputs: number[]): ((xs: Tensor[]) => Tensor) | null {
    const c = config(l);
    const name = l.getClassName();
    const act = c.activation ?? 'linear';
    const fused: FusedActivation = FUSABLE.has(act) ? (act as FusedActivation) : 'linear';
    const after = FUSABLE.has(act) ? (x: Tensor) => x : activationFn(act);
    switch (name) {
      case 'LayerNormalization': {
        const eps = c.epsilon ?? 1e-3;
        const lc = config(l);
        const out = nodeOf(l).outputTensors[0];
        const rank = out.shape.length;
        const axis = ([] as number[]).concat(lc.axis ?? -1).map((a) => (a < 0 ? a + rank : a));
        if (axis.length !== 1 || axis[0] !== rank - 1) return null;
        const normalize = (x: Tensor) => {
          const mean = tf.mean(x, -1, true);
          const d = tf.sub(x, mean);
          return tf.mul(d, tf.rsqrt(tf.add(tf.mean(tf.square(d), -1, true), eps)));
        };
        if (folded.has(out.id)) {
          norms.set(l.name, { eps, affine: (y) => y });
          return ([x]) => normalize(x);
        }
        const weights = l.getWeights().map(alias);
        let i = 0;
        const gamma = lc.scale !== false ? weights[i++] : null;
        const beta = lc.center !== false ? weights[i++] : null;
        const affine = (y: Tensor) => {
          if (gamma) y = tf.mul(y, gamma);
          if (beta) y = tf.add(y, beta);
          return y;
        };
        norms.set(l.name, { eps, affine });
        return ([x]) => affine(normalize(x));
      }
      case 'Dense': {
        if (!after) return null;
        if (act === 'linear') linearDense.add(l.name);
        const { kernel, bias } = weightsWithNorm(l, inputs[0], 'dense');
        const [cin, cout] = kernel.shape;
        return ([x]) => {
          const flat = x.rank === 2 ? x : tf.reshape(x, [-1, cin]);
          const y = tf.fused.matMul({ a: flat as tfjs.Tensor2D, b: kernel as tfjs.Tensor2D, bias: bias ?? undefined, activation: fused });
          return after(x.rank === 2 ? y : tf.reshape(y, [...x.shape.slice(0, -1), cout]));
        };
      }
      case 'Conv2D':
      case 'DepthwiseConv2D': {
        if (!after || !channelsLast(c)) return null;
        if (name === 'DepthwiseConv2D' && (c.depthMultiplier ?? 1) !== 1) return null;
        const { kernel, bias } = name === 'Conv2D' ? weightsWithNorm(l, inputs[0], 'conv')
          : (() => { const [k, b] = l.getWeights(); return { kernel: alias(k), bias: b ? alias(b) : null }; })();
        const strides = (c.strides ?? [1, 1]) as [number, number];
        const dilations = (typeof c.dilationRate === 'number' ? [c.dilationRate, c.dilationRate] : c.dilationRate ?? [1, 1]) as [number, number];
        const pad = c.padding ?? 'valid';
        const op = name === 'Conv2D' ? tf.fused.conv2d : tf.fused.depthwiseConv2d;
        return ([x]) => after(op({ x: x as tfjs.Tensor4D, filter: kernel as tfjs.Tensor4D, strides, pad, dilations, bias: bias ?? undefined, activation: fused }));
      }
      case 'Add':
        return (xs) => (xs.length === 2 ? tf.add(xs[0], xs[1]) : tf.addN(xs));
      case 'GlobalAveragePooling2D':
        return channelsLast(c) ? ([x]) => tf.mean(x, [1, 2]) : null;
      case 'Flatten':
        return channelsLast(c) ? ([x]) => tf.reshape(x, [x.shape[0], -1]) : null;
      case 'Activation': {
        const fn = activationFn(act);
        return fn ? ([x]) => fn(x) : null;
      }
      default:
        return null;
    }
  }
}

function runSteps(steps: Step[], inputId: number, input: Tensor, outputId: number): Tensor {
  const left = new Map<number, number>();
  for (const s of steps) for (const id of s.inputs) left.set(id, (left.get(id) ?? 0) + 1);
  const values = new Map<number, Tensor>([[inputId, input]]);
  for (const s of steps) {
    const y = s.run(s.inputs.map((id) => values.get(id)!));
    values.set(s.output, y);
    for (const id of s.inputs) {
      const n = left.get(id)! - 1;
      left.set(id, n);
      if (n === 0 && id !== inputId && id !== outputId) values.get(id)!.dispose();
    }
  }
  return values.get(outputId)!;
}
