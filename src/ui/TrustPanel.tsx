// Under a result: how sure the model is in words, how many of the 8 flipped/rotated views
// agree (when TTA ran), the heat-map toggle, and the way to the model card.
import { useEffect, useState } from 'preact/hooks';
import { confidenceWording, thresholdsFor, type ConfidenceWording } from '../core/confidence-wording';
import type { Classification } from '../core/types';
import type { Explanation } from '../shared/messages';
import { copyText } from './copy-text';
import { HeatMapView } from './HeatMapView';
import type { TrustActions } from './trust-actions';
import { t } from '../shared/i18n';
import { shiftNotes } from '../shared/core-words-text';

function wordingText(w: ConfidenceWording): string {
  if (w.band === 'uncertain') return w.second === undefined ? t('wording_uncertain_one', w.first) : t('wording_uncertain_two', w.first, w.second);
  return t(w.band === 'likely' ? 'wording_likely' : 'wording_probably', w.first);
}

type HeatState = { kind: 'off' } | { kind: 'loading' } | { kind: 'shown'; explanation: Explanation } | { kind: 'error'; message: string };

export function TrustPanel({ result, actions }: { result: Classification; actions?: TrustActions }) {
  const wording = confidenceWording(result.probabilities, thresholdsFor(result), result.shift?.unlikeTraining);
  const [heat, setHeat] = useState<HeatState>({ kind: 'off' });
  // The host may reuse this panel for the next image: its heat map must not carry over.
  useEffect(() => setHeat({ kind: 'off' }), [result]);
  const explain = actions?.explain;
  const toggle = () => {
    if (heat.kind === 'shown' || heat.kind === 'loading') return setHeat({ kind: 'off' });
    if (!explain) return;
    setHeat({ kind: 'loading' });
    explain().then(
      (explanation) => setHeat((h) => (h.kind === 'loading' ? { kind: 'shown', explanation } : h)),
      (err: unknown) => setHeat({ kind: 'error', message: (err as Error).message || t('heat_error') }),
    );
  };
  const on = heat.kind === 'shown' || heat.kind === 'loading';
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => setCopied(null), [result]);
  const citation = result.citation;
  const copy = () => {
    if (!citation) return;
    copyText(citation).then(
      () => setCopied(t('trust_copied')),
      (err: unknown) => setCopied(t('trust_copy_failed', (err as Error).message)),
    );
  };
  return (
    <div class="ltc-trust">
      <p class={`ltc-wording ltc-wording-${wording.band}`} data-testid="ltc-wording" data-band={wording.band}>
        {wordingText(wording)}
      </p>
      {result.shift && shiftNotes(result.shift).map((note) => (
        <p key={note} class="ltc-shift-note" data-testid="ltc-shift-note">
          {note}
        </p>
      ))}
      {result.agreement && (
        <p class="ltc-agreement" data-testid="ltc-agreement">
          {t(result.agreement.of === 'windows' ? 'trust_agreement_windows' : 'trust_agreement_views', result.agreement.agreeing, result.agreement.views)}
        </p>
      )}
      {result.agreement?.withoutTta && (
        <p class="ltc-agreement" data-testid="ltc-without-tta">{t('trust_windows_without_tta')}</p>
      )}
      <div class="ltc-trust-actions">
        {explain && (
          <button type="button" class="ltc-link-button" aria-pressed={on} data-testid="ltc-heat-toggle" onClick={toggle}>
            {on ? t('heat_hide') : t('heat_show')}
          </button>
        )}
        {citation && (
          <button type="button" class="ltc-link-button" data-testid="ltc-copy-result" onClick={copy}>
            {t('trust_copy_result')}
          </button>
        )}
        {actions?.openModelCard && (
          <button type="button" class="ltc-link-button" data-testid="ltc-model-card" onClick={actions.openModelCard}>
            {t('trust_model_card')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {copied && <p class="ltc-meta" data-testid="ltc-copy-status">{copied}</p>}
        {heat.kind === 'loading' && <p class="ltc-meta">{t('heat_computing')}</p>}
        {heat.kind === 'error' && <p class="ltc-error-message" role="alert" data-testid="ltc-heat-error">{heat.message}</p>}
      </div>
      {heat.kind === 'shown' && <HeatMapView explanation={heat.explanation} />}
    </div>
  );
}
