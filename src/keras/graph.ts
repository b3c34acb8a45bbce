// Rebuilds a Keras Sequential/Functional graph (nested ones included) as one flat TF.js
// graph. Nested models are inlined, their layer names prefixed with the model's name; a
// nested Keras ConvNeXt backbone goes through the shared ConvNeXt builder.
import type * as tfjs from '@tensorflow/tfjs';
import { CONTAINERS, inputShape, layerName, nodeInputs, refList, type KerasLayer } from './config';
import { tryConvNeXt } from './convnext';
import { childPaths } from './h5-paths';
import type { GraphContext } from './graph-context';
import { mapLayer, unsupported } from './layer-map';

type Sym = tfjs.SymbolicTensor;

export function buildGraph(ctx: GraphContext, root: KerasLayer): { inputs: Sym[]; outputs: Sym[] } {
  const layers = root.config.layers ?? [];
  const inputLayers = root.class_name === 'Sequential'
    ? layers.slice(0, 1).filter((l) => l.class_name === 'InputLayer')
    : refList(root.config.input_layers).map(([name]) => layers.find((l) => layerName(l) === name));
  if (!inputLayers.length || inputLayers.some((l) => !l)) throw new Error(`model "${layerName(root)}" has no input layer with a known shape`);
  const inputs = (inputLayers as KerasLayer[]).map((l) =>
    ctx.tf.input({ shape: inputShape(l), name: ctx.uniqueName(layerName(l)) }));
  return { inputs, outputs: applyContainer(ctx, root, inputs, '', '') };
}

function applyContainer(ctx: GraphContext, container: KerasLayer, inputs: Sym[], path: string, prefix: string): Sym[] {
  const paths = childPaths(container, path);
  const layers = container.config.layers ?? [];
  if (container.class_name === 'Sequential') {
    if (inputs.length !== 1) throw new Error(`Sequential "${layerName(container)}" got ${inputs.length} inputs`);
    let x = inputs[0];
    for (const layer of layers) {
      if (layer.class_name === 'InputLayer') continue;
      [x] = applyLayer(ctx, layer, [x], paths.get(layerName(layer)) ?? '', prefix);
    }
    return [x];
  }
  const outputs = new Map<string, Sym[]>();
  const inputRefs = refList(container.config.input_layers);
  if (inputRefs.length !== inputs.length) throw new Error(`model "${layerName(container)}" expects ${inputRefs.length} inputs, got ${inputs.length}`);
  inputRefs.forEach(([name], i) => outputs.set(name, [inputs[i]]));
  for (const layer of layers) {
    const name = layerName(layer);
    if (layer.class_name === 'InputLayer') continue;
    const nodes = layer.inbound_nodes ?? [];
    if (nodes.length !== 1) throw unsupported(layer, `it is called ${nodes.length} times (shared layers are not supported)`);
    const args = nodeInputs(nodes[0]).map(([from, , index]) => {
      const t = outputs.get(from)?.[index];
      if (!t) throw new Error(`layer "${name}" reads "${from}", which is not computed before it`);
      return t;
    });
    outputs.set(name, applyLayer(ctx, layer, args, paths.get(name) ?? '', prefix));
  }
  return refList(container.config.output_layers).map(([name, , index]) => {
    const t = outputs.get(name)?.[index];
    if (!t) throw new Error(`model "${layerName(container)}" output "${name}" was not computed`);
    return t;
  });
}

function applyLayer(ctx: GraphContext, layer: KerasLayer, inputs: Sym[], path: string, prefix: string): Sym[] {
  const name = layerName(layer);
  if (CONTAINERS.has(layer.class_name) && Array.isArray(layer.config.layers)) {
    const nested = `${prefix}${name}_`;
    const convnext = ctx.convnextBuilder && inputs.length === 1 ? tryConvNeXt(ctx, layer, inputs[0], path, nested) : null;
    return convnext ? [convnext] : applyContainer(ctx, layer, inputs, path, nested);
  }
  const vars = path ? ctx.weights.vars(path) : [];
  return [mapLayer(ctx, layer, inputs, vars, ctx.uniqueName(prefix + name))];
}
