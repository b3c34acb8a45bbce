/** Both model card pages open the same way: the model's name and version, and what it is not for. */
import type { ModelMetadata } from '../core/model-metadata';
import { t } from '../shared/i18n';

export function ModelCardTitle({ metadata }: { metadata: ModelMetadata }) {
  return (
    <>
      <h1>{t('mc_title', metadata.name, metadata.version)}</h1>
      <p class="mc-warning" role="note">
        <strong>{t('mc_warning')}</strong>
      </p>
    </>
  );
}
