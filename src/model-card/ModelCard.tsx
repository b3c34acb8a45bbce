// The model card inside the extension: what the model is, its data, metrics, limits,
// intended use, version and checksums — from the bundled metadata.json, so it always
// describes the model that is actually installed.
import { ChecksumsSection } from './ChecksumsSection';
import { ModelCardTitle } from './ModelCardTitle';
import wording from '../../training/artifacts/wording-bands.json';
import type { ModelMetadata } from '../core/model-metadata';
import { formatPercent } from '../ui/result-text';
import { modelMetrics, type SplitMetrics } from '../core/model-metrics';
import { inputCheckWords } from '../ui/input-check-words';
import { ShiftSection } from './ShiftSection';
import { t } from '../shared/i18n';
import { richMessage } from '../ui/rich-message';

const pct = (v: number | undefined) => (v === undefined ? t('mc_not_measured') : formatPercent(v));

export function ModelCard({ metadata }: { metadata: ModelMetadata }) {
  const m = modelMetrics(metadata);
  const params = (metadata.training as { parameters?: number } | undefined)?.parameters;
  const { width, height } = metadata.input;
  return (
    <article class="mc">
      <ModelCardTitle metadata={metadata} />

      <h2>{t('mc_what_it_is')}</h2>
      <p>
        {t('mc_what', params ? t('mc_params', (params / 1e6).toFixed(2)) : '', width, height, metadata.displayNames.join(', '))}
      </p>

      <h2>{t('mc_intended_use')}</h2>
      <ul>
        <li>{t('mc_use_teaching')}</li>
        <li>{richMessage('mc_use_not', <strong>{t('mc_not')}</strong>)}</li>
      </ul>

      <h2>{t('mc_data')}</h2>
      <p>{t('mc_data_text')}</p>

      <h2>{t('mc_how_well')}</h2>
      <MetricsTable test={m.test} val={m.val} tta={m.test_tta8} />
      {m.test?.per_class && (
        <table>
          <caption>{t('mc_per_class_caption')}</caption>
          <thead><tr><th scope="col">{t('mc_column_class')}</th><th scope="col">{t('mc_column_precision')}</th><th scope="col">{t('mc_column_recall')}</th><th scope="col">{t('mc_column_images')}</th></tr></thead>
          <tbody>
            {metadata.labels.map((label, i) => {
              const c = m.test!.per_class![label];
              return c && <tr key={label}><th scope="row">{metadata.displayNames[i]}</th><td>{pct(c.precision)}</td><td>{pct(c.recall)}</td><td>{c.support}</td></tr>;
            })}
          </tbody>
        </table>
      )}
      <p>{t('mc_weak_spot')}</p>

      <h2>{t('mc_how_to_read')}</h2>
      <ul>
        <li>{t('mc_calibrated', metadata.temperature.toFixed(3))}</li>
        {/* Figures from training/artifacts/wording-bands.json, the source the docs quote too. */}
        <li data-testid="mc-wording">
          {richMessage('mc_wording',
            <strong>{t('mc_likely')}</strong>,
            formatPercent(wording.thresholds.single.likelyFrom),
            formatPercent(wording.thresholds.tta.likelyFrom),
            formatPercent(wording.test.single.bands[0].accuracy),
            <strong>{t('mc_uncertain')}</strong>,
            formatPercent(wording.test.single.bands[1].accuracy),
            formatPercent(wording.test.single.bands[1].top2),
            <strong>{t('mc_probably')}</strong>)}
        </li>
        <li>{richMessage('mc_not_assessable', <strong>{t('mc_not_assessable_quoted')}</strong>, inputCheckWords())}</li>
        <li>{richMessage('mc_tta', <strong>{t('mc_tta_name')}</strong>, pct(m.test?.accuracy), pct(m.test_tta8?.accuracy))}</li>
        <li>{richMessage('mc_heat_map', <strong>{t('mc_heat_map_name')}</strong>)}</li>
      </ul>

      <ShiftSection metadata={metadata} />

      <h2>{t('mc_limits')}</h2>
      <ul>
        <li>{t('mc_limit_one_source')}</li>
        <li>{t('mc_limit_squashed', width, height)}</li>
        <li>{t('mc_limit_calibration')}</li>
      </ul>

      <ChecksumsSection metadata={metadata} />
    </article>
  );
}

function MetricsTable({ test, val, tta }: { test?: SplitMetrics; val?: SplitMetrics; tta?: SplitMetrics }) {
  if (!test) return <p>{t('mc_no_evaluation')}</p>;
  return (
    <table>
      <caption>{t('mc_metrics_caption')}</caption>
      <thead><tr><th scope="col">{t('mc_column_split')}</th><th scope="col">{t('mc_column_images')}</th><th scope="col">{t('mc_column_accuracy')}</th><th scope="col">{t('mc_column_macro_f1')}</th><th scope="col">{t('mc_column_ece')}</th></tr></thead>
      <tbody>
        <tr><th scope="row">{t('mc_row_test')}</th><td>{test.n}</td><td data-testid="mc-test-accuracy">{pct(test.accuracy)}</td><td>{test.macro_f1.toFixed(3)}</td><td>{test.ece_15?.toFixed(3) ?? '—'}</td></tr>
        {tta && <tr><th scope="row">{t('mc_row_test_tta')}</th><td>{tta.n}</td><td>{pct(tta.accuracy)}</td><td>{tta.macro_f1.toFixed(3)}</td><td>{tta.ece_15?.toFixed(3) ?? '—'}</td></tr>}
        {val && <tr><th scope="row">{t('mc_row_validation')}</th><td>{val.n}</td><td>{pct(val.accuracy)}</td><td>{val.macro_f1.toFixed(3)}</td><td>{val.ece_15?.toFixed(3) ?? '—'}</td></tr>}
      </tbody>
    </table>
  );
}
