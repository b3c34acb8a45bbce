// Decoded pixels → model input for every caller: resize, then Macenko normalisation for models
// trained on normalised images; with a `stainReference` the stain is still measured.
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
