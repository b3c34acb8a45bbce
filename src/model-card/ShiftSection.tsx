// The model card's section on images unlike the training data: what the extension does about
// stain and magnification, and the shift check's numbers from metadata.json (training/shift_check.py).
import type { ModelMetadata } from '../core/model-metadata';
import { modelMetrics } from '../core/model-metrics';
import { formatPercent } from '../ui/result-text';
import { t } from '../shared/i18n';

export function ShiftSection({ metadata }: { metadata: ModelMetadata }) {
  const check = modelMetrics(metadata).shift_check;
  const { stainNormalisation, stainReference, scale } = metadata.input;
  if (!check && !stainNormalisation && !stainReference && !scale) return null;
  const m = check?.shift.accuracy_by_magnification;
  return (
    <>
      <h2>{t('mc_shift_heading')}</h2>
      <ul>
        {stainNormalisation && <li>{t('mc_shift_normalisation')}</li>}
        {!stainNormalisation && stainReference && <li>{t('mc_shift_reference')}</li>}
        {scale && <li>{t('mc_shift_scale', scale.maxTiles)}</li>}
        <li>{t('mc_shift_never_likely')}</li>
        {check && (
          <li data-testid="mc-shift-check">
            {t('mc_shift_check', formatPercent(check.shift.accuracy), check.shift.n.toLocaleString('en'),
              m ? t('mc_shift_by_magnification', formatPercent(m['1/1']), formatPercent(m['1/2']), formatPercent(m['1/3'])) : '',
              check.shift_at_shift_temperature.confident_wrong)}
          </li>
        )}
      </ul>
    </>
  );
}
