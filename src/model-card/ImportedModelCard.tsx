// The model card of a model imported from Keras: only what its metadata.json says, since the
// bundled model's measured figures say nothing about it.
import { ChecksumsSection } from './ChecksumsSection';
import { ModelCardTitle } from './ModelCardTitle';
import type { ModelMetadata } from '../core/model-metadata';
import { richMessage } from '../ui/rich-message';
import { t } from '../shared/i18n';

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
      <h2>{t('mc_what_it_is')}</h2>
      <p>
        {richMessage('mc_imported_what',
          <code>{info.importedFrom ?? t('mc_unknown')}</code>,
          info.kerasVersion ? t('mc_imported_keras', info.kerasVersion) : '',
          info.parameters ? t('mc_params', (info.parameters / 1e6).toFixed(2)) : '',
          info.weightFormat ? t('mc_imported_format', info.weightFormat) : '',
          metadata.input.width, metadata.input.height, metadata.input.range[0], metadata.input.range[1])}
      </p>
      <h2>{t('mc_classes')}</h2>
      <p data-testid="mc-classes">{metadata.displayNames.join(', ')}</p>
      {metadata.labelsGuessed && (
        <p role="note" data-testid="mc-labels-guessed">
          {t('mc_labels_guessed')}
        </p>
      )}
      <h2>{t('mc_not_known')}</h2>
      <ul data-testid="mc-not-measured">
        <li>{t('mc_imported_no_data')}</li>
        <li>
          {t('mc_imported_calibration', metadata.temperature === 1 ? t('mc_not_calibrated') : t('mc_temperature_scaled', metadata.temperature.toFixed(3)))}
        </li>
        <li>{t('mc_imported_input_check')}</li>
      </ul>
      <ChecksumsSection metadata={metadata} />
    </article>
  );
}
