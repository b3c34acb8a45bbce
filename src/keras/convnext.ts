// Builds a nested keras.applications ConvNeXt backbone (as LUCIAN has) with the shared builder;
// any other layout returns null and is converted layer by layer.
import type * as tfjs from '@tensorflow/tfjs';
import { convNeXtGraph } from '../core/convnext-builder';
import type { ConvNeXtConfig } from '../core/convnext-config';
import type { NamedTensor, WeightMap } from '../core/safetensors';
import { layerName, refList, type KerasLayer } from './config';
import type { GraphContext } from './graph-context';
import { childPaths } from './h5-paths';

const BLOCK_PARTS = ['depthwise_conv', 'layernorm', 'pointwise_conv_1', 'gelu', 'pointwise_conv_2', 'layer_scale'];

export function tryConvNeXt(ctx: GraphContext, model: KerasLayer, input: tfjs.SymbolicTensor, path: string, prefix: string): tfjs.SymbolicTensor | null {
  if (model.class_name !== 'Functional') return null;
  const layers = model.config.layers ?? [];
  const byName = new Map(layers.map((l) => [layerName(l), l]));
  const stem = layers.find((l) => l.class_name === 'Sequential' && layerName(l).endsWith('_stem'));
  const [out] = refList(model.config.output_layers);
  const outLayer = out && byName.get(out[0]);
  if (!stem || !outLayer || outLayer.class_name !== 'LayerNormalization') return null;
  const p = layerName(stem).slice(0, -'_stem'.length);

  const depths = [0, 1, 2, 3].map((s) => {
    let b = 0;
    while (byName.has(`${p}_stage_${s}_block_${b}_depthwise_conv`)) b++;
    return b;
  });
  if (depths.some((d) => d === 0)) return null;
  const expected = new Set([`${p}_prestem_normalization`, `${p}_stem`, out[0],
    ...[0, 1, 2].map((i) => `${p}_downsampling_block_${i}`)]);
  depths.forEach((d, s) => {
    for (let b = 0; b < d; b++) {
      for (const part of [...BLOCK_PARTS, 'identity', 'stochastic_depth']) expected.add(`${p}_stage_${s}_block_${b}_${part}`);
    }
  });
  const exotic = layers.some((l) => !(l.class_name === 'InputLayer' || expected.has(layerName(l))
    || l.class_name === 'Add'));
  if (exotic || input.shape[1] !== input.shape[2]) return null;

  const paths = childPaths(model, path);
  const weights: WeightMap = new Map();
  const vars = (container: Map<string, string>, name: string): NamedTensor[] => {
    const at = container.get(name);
    return at ? ctx.weights.vars(at) : [];
  };
  const put = (key: string, [kernel, bias]: NamedTensor[], names = ['kernel', 'bias']) => {
    if (kernel) weights.set(`${key}/${names[0]}`, kernel);
    if (bias) weights.set(`${key}/${names[1]}`, bias);
  };
  const cfgOf = (name: string) => byName.get(name)?.config as Record<string, unknown> | undefined;
  const sub = (name: string) => {
    const seq = byName.get(name);
    return { seq, paths: seq ? childPaths(seq, paths.get(name) ?? '') : new Map<string, string>() };
  };

  const norm = cfgOf(`${p}_prestem_normalization`) as { mean?: number[]; variance?: number[] } | undefined;
  const normVars = vars(paths, `${p}_prestem_normalization`);
  const mean = norm ? (norm.mean ?? Array.from(normVars[0]?.data ?? [])) : [0, 0, 0];
  const variance = norm ? (norm.variance ?? Array.from(normVars[1]?.data ?? [])) : [1, 1, 1];
  weights.set('normalization/mean', { shape: [3], data: Float32Array.from(mean) });
  weights.set('normalization/variance', { shape: [3], data: Float32Array.from(variance) });

  const stemParts = sub(`${p}_stem`);
  put('stem/conv', vars(stemParts.paths, `${p}_stem_conv`));
  put('stem/norm', vars(stemParts.paths, `${p}_stem_layernorm`), ['gamma', 'beta']);
  const stemConv = stemParts.seq?.config.layers?.find((l) => layerName(l) === `${p}_stem_conv`);
  const stemSize = Number((stemConv?.config.kernel_size as number[] | undefined)?.[0] ?? 4);
  for (let i = 0; i < 3; i++) {
    const down = sub(`${p}_downsampling_block_${i}`);
    put(`downsample${i + 1}/norm`, vars(down.paths, `${p}_downsampling_layernorm_${i}`), ['gamma', 'beta']);
    put(`downsample${i + 1}/conv`, vars(down.paths, `${p}_downsampling_conv_${i}`));
  }
  const dims: number[] = [];
  depths.forEach((d, s) => {
    for (let b = 0; b < d; b++) {
      const n = `${p}_stage_${s}_block_${b}`;
      const key = `stage${s}/block${b}`;
      const dw = vars(paths, `${n}_depthwise_conv`);
      const gelu = cfgOf(`${n}_gelu`)?.activation;
      if (cfgOf(`${n}_depthwise_conv`)?.groups !== dw[0]?.shape[3] || gelu !== 'gelu') return;
      if (b === 0) dims.push(dw[0].shape[3]);
      put(`${key}/dwconv`, dw);
      put(`${key}/norm`, vars(paths, `${n}_layernorm`), ['gamma', 'beta']);
      put(`${key}/pw1`, vars(paths, `${n}_pointwise_conv_1`));
      put(`${key}/pw2`, vars(paths, `${n}_pointwise_conv_2`));
      const scale = vars(paths, `${n}_layer_scale`)[0];
      weights.set(`${key}/layer_scale`, scale ?? { shape: [dims[s]], data: new Float32Array(dims[s]).fill(1) });
    }
  });
  if (dims.length !== 4) return null;
  put('head/norm', vars(paths, out[0]), ['gamma', 'beta']);

  const cfg: ConvNeXtConfig = {
    inputSize: Number(input.shape[1]), dims, depths, stemSize, numClasses: 0,
    epsilon: Number(outLayer.config.epsilon ?? 1e-6), activation: 'gelu', head: { kind: 'features' },
  };
  const graph = convNeXtGraph(ctx.tf, cfg, weights, input, ctx.uniqueName(prefix.slice(0, -1)) + '_');
  ctx.onModel(() => graph.setWeights());
  return graph.output;
}
