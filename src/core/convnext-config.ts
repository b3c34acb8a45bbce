/** Architecture of a ConvNeXt (Liu et al. 2022) as the TF.js builder needs it. */
export interface ConvNeXtConfig {
  inputSize: number;
  /** Channels per stage, e.g. [40, 80, 160, 320]. */
  dims: number[];
  /** Blocks per stage, e.g. [2, 2, 6, 2]. */
  depths: number[];
  /** Patchify stem kernel and stride (4 in the paper). */
  stemSize: number;
  numClasses: number;
  /** LayerNorm epsilon (1e-6 in ConvNeXt). */
  epsilon: number;
  /**
   * MLP activation: 'gelu' (erf), 'gelu_new' (tanh approximation) or 'sigmoid_gelu'
   * (x·σ(1.702x), emitted as TF.js `swish` with 1.702 folded into the Dense weights).
   */
  activation: 'gelu' | 'gelu_new' | 'sigmoid_gelu';
  /**
   * 'classifier' (default): pool → LayerNorm → Dense logits. 'features': only the final
   * LayerNorm on the feature map, as Keras's ConvNeXt with include_top=False, pooling=None.
   */
  head?: 'classifier' | 'features';
}
