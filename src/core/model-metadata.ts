/** The contract between a trained model and the code that feeds it (model/metadata.json). */
export interface ModelMetadata {
  name: string;
  version: string;
  /** Class identifiers in the model's output order. */
  labels: string[];
  displayNames: string[];
  input: {
    width: number;
    height: number;
    channels: 'RGB';
    /** Pixel values the model expects: [0, 1] means byte / 255. */
    range: [number, number];
    /** 'nearest': PIL/Keras load_img's default, for imported Keras models; otherwise area/bilinear. */
    resize: 'area' | 'bilinear' | 'nearest';
  };
  /** Softmax temperature fitted on validation data (logits / T). */
  temperature: number;
  /** Whether the model's output is logits (needs softmax) or probabilities. */
  output: 'logits' | 'probabilities';
  weights: { file: string; sha256: string; bytes: number }[];
  training?: Record<string, unknown>;
}

/** Throws a readable error if metadata is malformed or inconsistent. */
export function checkMetadata(m: ModelMetadata): ModelMetadata {
  const fail = (why: string): never => {
    throw new Error(`model metadata: ${why}`);
  };
  if (!Array.isArray(m.labels) || m.labels.length < 2) fail('needs at least two labels');
  if (m.displayNames?.length !== m.labels.length) fail('displayNames must match labels');
  if (!(m.input?.width > 0 && m.input?.height > 0)) fail('input size missing');
  if (!(m.temperature > 0)) fail('temperature must be positive');
  return m;
}
