// Where each layer's variables live in `model.weights.h5`: Keras 3 names them by snake-cased class
// name plus a per-container counter, not by layer name (as keras.src.saving.saving_lib does).
import { layerName, snakeCase, type KerasLayer } from './config';

export function childPaths(container: KerasLayer, path: string): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Map<string, number>();
  const layers = container.config.layers ?? [];
  layers.forEach((layer, i) => {
    // Sequential.layers omits its leading InputLayer; Functional.layers keeps input layers.
    if (container.class_name === 'Sequential' && i === 0 && layer.class_name === 'InputLayer') return;
    // Functional graphs can hold bare ops (`x + y` → keras.src.ops.numpy.Add): not layers, no state.
    if (layer.module?.startsWith('keras.src.ops')) return;
    const base = snakeCase(layer.class_name);
    const count = used.get(base);
    used.set(base, count === undefined ? 0 : count + 1);
    const key = count === undefined ? base : `${base}_${count + 1}`;
    out.set(layerName(layer), `${path ? `${path}/` : ''}layers/${key}`);
  });
  return out;
}
