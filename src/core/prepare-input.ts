/**
 * Everything between decoded pixels and the model, in one place for every caller (classify,
 * explain, tiles, benchmarks): resize to the model's input (preprocess.ts), then, when the
 * model was trained on stain-normalised images, the same Macenko normalisation
 * (stain-normalise.ts). Other models get pixels unchanged; with a `stainReference` the input's
 * stain is still measured, so the card can say when it is unlike the training images.
 */
import type { ModelMetadata } from './model-metadata';
import { preprocess } from './preprocess';
import { estimateStain, normaliseStain, type StainEstimate } from './stain-normalise';
import type { RgbaImage } from './types';

export interface PreparedInput {
  input: Float32Array;
  /** The input's own stain (before any normalisation); null: too little tissue, or nothing to compare with. */
  stain: StainEstimate | null;
}

export function prepareInput(image: RgbaImage, input: ModelMetadata['input']): PreparedInput {
  const pixels = preprocess(image, input);
  const { width, height, stainNormalisation, stainReference } = input;
  const stain = stainNormalisation
    ? normaliseStain(pixels, width, height, stainNormalisation)
    : stainReference
      ? estimateStain(pixels, width, height, stainReference)
      : null;
  return { input: pixels, stain };
}
