/**
 * The model card for a model imported from Keras (scripts/import-keras.ts) and bundled with
 * MODEL_DIR: only what its metadata.json says. The bundled model's data, metrics, wording
 * figures and input-check figures were measured on that model and say nothing about this
 * one, so none of them is shown here.
 */
import { ChecksumsSection } from './ChecksumsSection';
import { ModelCardTitle } from './ModelCardTitle';
import type { ModelMetadata } from '../core/model-metadata';

interface ImportInfo {
  importedFrom?: string;
  kerasVersion?: string;
  weightFormat?: string;
  parameters?: number;
}

export function ImportedModelCard({ metadata }: { metadata: ModelMetadata }) {
  const info = (metadata.training ?? {}) as ImportInfo;
  return (
    <article class="mc" data-testid="mc-imported">
      <ModelCardTitle metadata={metadata} />
      <h2>What it is</h2>
      <p>
        A model imported from the Keras file <code>{info.importedFrom ?? 'unknown'}</code>
        {info.kerasVersion ? ` (Keras ${info.kerasVersion})` : ''}
        {info.parameters ? `, ${(info.parameters / 1e6).toFixed(2)} M parameters` : ''}
        {info.weightFormat ? `, stored as ${info.weightFormat} weights` : ''}. It takes a {metadata.input.width}×{metadata.input.height} colour
        image (pixel values scaled to {metadata.input.range[0]}–{metadata.input.range[1]}) and runs entirely in your browser.
      </p>
      <h2>Classes</h2>
      <p data-testid="mc-classes">{metadata.displayNames.join(', ')}</p>
      {metadata.labelsGuessed && (
        <p role="note" data-testid="mc-labels-guessed">
          These names were guessed from the model's shape when it was imported (a .keras file does not name its classes);
          nobody has confirmed them for this model.
        </p>
      )}
      <h2>What is not known</h2>
      <ul data-testid="mc-not-measured">
        <li>The data it was trained on, its accuracy, and on which images it fails: no evaluation was bundled with it.</li>
        <li>
          Its probabilities are {metadata.temperature === 1 ? 'not calibrated (no temperature was fitted)' : `temperature-scaled (T = ${metadata.temperature.toFixed(3)})`};
          the words “Likely”, “Probably” and “Uncertain” use thresholds chosen for the bundled model, not for this one.
        </li>
        <li>The input check's figures were measured with the bundled model's training images.</li>
      </ul>
      <ChecksumsSection metadata={metadata} />
    </article>
  );
}
