/** What the graph builder and the ConvNeXt recogniser share while they build one model. */
import type { KerasWeights } from './h5-weights';
import type { LayerContext } from './layer-map';

export interface GraphContext extends LayerContext {
  weights: KerasWeights;
  /** A TF.js layer name not used yet (TF.js needs unique names across the flat graph). */
  uniqueName(name: string): string;
  /** Sets weights that a sub-builder mapped itself, once the model exists. */
  onModel(finish: () => void): void;
  convnextBuilder: boolean;
}
