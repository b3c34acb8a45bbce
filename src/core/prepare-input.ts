/**
 * Everything between decoded pixels and the model, in one place for every caller (classify,
 * explain, tiles, benchmarks): resize to the model's input (preprocess.ts), then, when the
 * model was trained on stain-normalised images, the same Macenko normalisation
 * (stain-normalise.ts). Imported models without `stainNormalisation` get pixels unchanged.
 */
import type { ModelMetadata } from './model-metadata';
import { preprocess } from './preprocess';
import { normaliseStain, type StainEstimate } from './stain-normalise';
import type { RgbaImage } from './types';

export interface PreparedInput {
  input: Float32Array;
  /** The input's own stain before normalisation (null: too little tissue, or not normalised). */
  stain: StainEstimate | null;
}

export function prepareInput(image: RgbaImage, input: ModelMetadata['input']): PreparedInput {
  const pixels = preprocess(image, input);
  const stain = input.stainNormalisation ? normaliseStain(pixels, input.width, input.height, input.stainNormalisation) : null;
  return { input: pixels, stain };
}
