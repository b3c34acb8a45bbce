/** Architecture of a ConvNeXt (Liu et al. 2022) as the TF.js builder needs it. */
export interface ConvNeXtConfig {
  inputSize: number;
  dims: number[];
  depths: number[];
  stemSize: number;
  numClasses: number;
  epsilon: number;
  /** 'sigmoid_gelu' is x·σ(1.702x): TF.js `swish` with 1.702 folded into the Dense weights. */
  activation: 'gelu' | 'gelu_new' | 'sigmoid_gelu';
  /**
   * Classification head; absent means 'pool-norm'.
   *  - 'pool-norm': global average pool → LayerNorm → Dense to logits (the ConvNeXt paper;
   *    weights `head/norm/*`, `head/dense/*`).
   *  - 'features': only the final LayerNorm on the feature map, as Keras's ConvNeXt with
   *    include_top=False, pooling=None (used by the `.keras` importer).
   *  - 'flatten-dense': the LUCIAN-style head for the benchmark's original architecture
   *    (no final norm): Flatten → Dense(h, relu) for each h in `hidden` → Dense(numClasses,
   *    softmax) (weights `head/hidden{i}/*`, `head/dense/*`). Outputs probabilities.
   */
  head?: { kind: 'pool-norm' } | { kind: 'features' } | { kind: 'flatten-dense'; hidden: number[] };
}
