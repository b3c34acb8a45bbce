/** The contract between a trained model and the code that feeds it (model/metadata.json). */
import type { ScaleCalibration } from './choose-zoom';
import type { FeatureScore } from './feature-score';
import type { StainFamily } from './stain-family';
import type { StainNormalisation } from './stain-normalise';

export interface ModelMetadata {
  name: string;
  version: string;
  labels: string[];
  displayNames: string[];
  /** The Keras importer guessed the labels from the model's shape: every result says so. */
  labelsGuessed?: boolean;
  input: {
    width: number;
    height: number;
    channels: 'RGB';
    /** Pixel values the model expects: [0, 1] means byte / 255. */
    range: [number, number];
    /** 'nearest': PIL/Keras load_img's default, for imported Keras models; otherwise area/bilinear. */
    resize: 'area' | 'bilinear' | 'nearest';
    stainNormalisation?: StainNormalisation;
    /** The training stain, only to measure how far an input's stain is from it (input-shift.ts). */
    stainReference?: StainNormalisation;
    scale?: ScaleCalibration;
  };
  inputCheck?: {
    stainFamily?: StainFamily;
    featureScore?: FeatureScore;
  };
  /** Softmax temperature fitted on validation data (logits / T). */
  temperature: number;
  /** Temperature for inputs unlike the training images (fitted on the shift check); absent: `temperature`. */
  shiftTemperature?: number;
  output: 'logits' | 'probabilities';
  weights: { file: string; sha256: string; bytes: number }[];
  training?: Record<string, unknown>;
}

export function checkMetadata(m: ModelMetadata): ModelMetadata {
  const fail = (why: string): never => {
    throw new Error(`model metadata: ${why}`);
  };
  if (!Array.isArray(m.labels) || m.labels.length < 2) fail('needs at least two labels');
  if (m.displayNames?.length !== m.labels.length) fail('displayNames must match labels');
  if (!(m.input?.width > 0 && m.input?.height > 0)) fail('input size missing');
  if (!(m.temperature > 0)) fail('temperature must be positive');
  for (const sn of [m.input.stainNormalisation, m.input.stainReference]) {
    if (sn && (sn.method !== 'macenko' || sn.stains?.length !== 2 || sn.maxConcentrations?.length !== 2 || !(sn.stride >= 1))) {
      fail('stainNormalisation and stainReference must be macenko with two stain vectors, two concentrations and a stride');
    }
  }
  return m;
}
