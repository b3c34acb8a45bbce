/** The parts of a Keras 3 `config.json` the importer reads, and helpers to walk them. */

export interface KerasLayer {
  module?: string | null;
  class_name: string;
  registered_name?: string | null;
  name?: string;
  config: Record<string, unknown> & { name?: string; layers?: KerasLayer[] };
  inbound_nodes?: KerasNode[];
}

export interface KerasNode {
  args: unknown[];
  kwargs?: Record<string, unknown>;
}

export type KerasModelConfig = KerasLayer;

/** [layer name, node index, tensor index]: which output of which layer call feeds an input. */
export type TensorRef = [string, number, number];

export const CONTAINERS = new Set(['Sequential', 'Functional', 'Model']);

export function layerName(layer: KerasLayer): string {
  const name = layer.config.name ?? layer.name;
  if (typeof name !== 'string') throw new Error(`a ${layer.class_name} layer has no name`);
  return name;
}

/** A subclassed model is saved as Python class name and arguments, not a layer graph. */
export function checkIsGraph(root: KerasModelConfig): void {
  if (CONTAINERS.has(root.class_name) && Array.isArray(root.config.layers)) return;
  const name = root.config.name ?? root.class_name;
  throw new Error(
    `"${name}" (class ${root.registered_name ?? root.class_name}) is a subclassed Keras model: its ` +
      'architecture is Python code (a call() method), not a layer graph, so it cannot be converted. ' +
      'Rebuild it as a Sequential or Functional model in Keras and save that.',
  );
}

export function nodeInputs(node: KerasNode): TensorRef[] {
  const refs: TensorRef[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as { class_name?: string; config?: { keras_history?: TensorRef } };
      if (o.class_name === '__keras_tensor__' && o.config?.keras_history) refs.push(o.config.keras_history);
    }
  };
  node.args.forEach(visit);
  return refs;
}

/** A Functional's input_layers / output_layers: one [name, node, tensor] or a list of them. */
export function refList(value: unknown): TensorRef[] {
  if (!Array.isArray(value)) return [];
  if (value.length === 3 && typeof value[0] === 'string') return [value as TensorRef];
  return value as TensorRef[];
}

/** Keras's input shape of an InputLayer, without the batch dimension. */
export function inputShape(layer: KerasLayer): number[] {
  const c = layer.config as { batch_shape?: (number | null)[]; batch_input_shape?: (number | null)[] };
  const shape = c.batch_shape ?? c.batch_input_shape;
  if (!shape || shape.slice(1).some((d) => d === null)) {
    throw new Error(`input layer "${layerName(layer)}" needs a fixed shape, got [${String(shape)}]`);
  }
  return shape.slice(1) as number[];
}

/** Keras's saving_lib.to_snake_case: the class-name part of an h5 weight path. */
export function snakeCase(className: string): string {
  return className
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}
