// metadata.json for an imported Keras model: the labels are a guess from the output shape (a
// .keras file does not name its classes), so `labelsGuessed` is set and every card says so.
import type { ModelMetadata } from '../core/model-metadata';
import type { KerasImport } from './convert';

export const LUCIAN_LABELS = ['adenocarcinoma', 'benign', 'squamous_cell_carcinoma'];
export const LUCIAN_DISPLAY_NAMES = ['Adenocarcinoma', 'Benign Tissue', 'Squamous Cell Carcinoma'];

export function looksLikeLucian(imp: Pick<KerasImport, 'inputShape' | 'outputUnits'>): boolean {
  const [h, w, c] = imp.inputShape;
  return imp.outputUnits === 3 && h === 224 && w === 224 && c === 3;
}

export interface ImportSource {
  fileName: string;
  weights: ModelMetadata['weights'];
  weightFormat: string;
}

export function importMetadata(imp: KerasImport, source: ImportSource): ModelMetadata {
  const [height, width, channels] = imp.inputShape;
  if (imp.inputShape.length !== 3 || channels !== 3) {
    throw new Error(`the extension feeds RGB images (height × width × 3); this model's input is [${imp.inputShape}]`);
  }
  const lucian = looksLikeLucian(imp);
  const labels = lucian ? LUCIAN_LABELS : Array.from({ length: imp.outputUnits }, (_, i) => `class_${i}`);
  const displayNames = lucian ? LUCIAN_DISPLAY_NAMES : labels.map((_, i) => `Class ${i} (edit metadata.json)`);
  // A model that starts by rescaling (e.g. Rescaling(1/255)) wants raw bytes; LUCIAN was
  // trained on load_img pixels divided by 255 outside the model.
  const rescales = imp.model.layers[1]?.getClassName() === 'Rescaling';
  return {
    name: source.fileName.replace(/\.keras$/i, ''),
    version: '1.0.0',
    labels,
    displayNames,
    labelsGuessed: true,
    input: { width, height, channels: 'RGB', range: rescales ? [0, 255] : [0, 1], resize: lucian ? 'nearest' : 'area' },
    temperature: 1,
    output: imp.outputActivation === 'softmax' ? 'probabilities' : 'logits',
    weights: source.weights,
    training: {
      importedFrom: source.fileName,
      kerasVersion: imp.kerasVersion,
      weightFormat: source.weightFormat,
      parameters: imp.model.countParams(),
    },
  };
}
