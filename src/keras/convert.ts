// `.keras` bytes → a TF.js LayersModel made only of built-in layers (so the result saves
// as a plain model.json that `tf.loadLayersModel` reads without custom classes).
import type * as tfjs from '@tensorflow/tfjs';
import type { NamedTensor } from '../core/safetensors';
import { readKerasArchive } from './archive';
import { checkIsGraph, layerName, type KerasLayer } from './config';
import { buildGraph } from './graph';
import type { GraphContext } from './graph-context';
import { KerasWeights } from './h5-weights';

export interface KerasImport {
  model: tfjs.LayersModel;
  kerasVersion: string;
  /** Input shape without the batch dimension, e.g. [224, 224, 3]. */
  inputShape: number[];
  outputUnits: number;
  outputActivation: string;
}

export interface ConvertOptions {
  /** false: convert a Keras ConvNeXt layer by layer instead of through the shared builder. */
  convnextBuilder?: boolean;
}

export function convertKeras(tf: typeof tfjs, bytes: Uint8Array, fileName = 'model.keras', options: ConvertOptions = {}): KerasImport {
  const archive = readKerasArchive(bytes, fileName);
  checkIsGraph(archive.config);
  const pending: [tfjs.layers.Layer, NamedTensor[], KerasLayer][] = [];
  const finishers: (() => void)[] = [];
  const used = new Set<string>();
  const ctx: GraphContext = {
    tf,
    weights: new KerasWeights(archive.weights),
    assign: (layer, values, keras) => pending.push([layer, values, keras]),
    onModel: (finish) => finishers.push(finish),
    convnextBuilder: options.convnextBuilder ?? true,
    uniqueName(name) {
      let candidate = name;
      for (let i = 1; used.has(candidate); i++) candidate = `${name}_${i}`;
      used.add(candidate);
      return candidate;
    },
  };
  const { inputs, outputs } = buildGraph(ctx, archive.config);
  if (inputs.length !== 1 || outputs.length !== 1) {
    throw new Error(`the extension needs one image input and one output; this model has ${inputs.length} and ${outputs.length}`);
  }
  const model = tf.model({ inputs, outputs, name: layerName(archive.config).replace(/\W/g, '_') });
  for (const [layer, values, keras] of pending) {
    // One layer's tensors at a time, disposed at once: the original has 100 M parameters.
    const tensors = values.map((v) => tf.tensor(v.data, v.shape, 'float32'));
    try {
      layer.setWeights(tensors);
    } catch (err) {
      throw new Error(`weights of layer "${layerName(keras)}" (class ${keras.class_name}) do not fit: ${(err as Error).message}`);
    } finally {
      tf.dispose(tensors);
    }
  }
  finishers.forEach((finish) => finish());
  const last = model.layers[model.layers.length - 1];
  const activation = (last.getConfig() as { activation?: string }).activation ?? 'linear';
  return {
    model,
    kerasVersion: archive.kerasVersion,
    inputShape: inputs[0].shape.slice(1) as number[],
    outputUnits: Number(outputs[0].shape[outputs[0].shape.length - 1]),
    outputActivation: last.getClassName() === 'Softmax' ? 'softmax' : activation,
  };
}
