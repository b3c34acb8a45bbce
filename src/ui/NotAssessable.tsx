// When the input check says the image is not something the model can judge: the reason
// first, the probabilities only behind "Classify anyway" (already computed: no round trip).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { InputCheck } from '../core/types';
import { richMessage } from './rich-message';
import { t } from '../shared/i18n';
import { checkReason } from '../shared/core-words-text';

export function NotAssessable({ check, headingLevel, children }: { check: InputCheck; headingLevel: 2 | 3; children: ComponentChildren }) {
  const [shown, setShown] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="ltc-not-assessable" data-testid="ltc-not-assessable">
      <Heading class="ltc-top">{richMessage('result_not_assessable_heading', <span data-testid="ltc-check-reason">{checkReason(check)}</span>)}</Heading>
      <p class="ltc-meta">{t('result_not_assessable_explain')}</p>
      <button type="button" class="ltc-link-button" aria-expanded={shown} aria-controls="ltc-anyway" data-testid="ltc-classify-anyway" onClick={() => setShown(!shown)}>
        {shown ? t('result_hide_answer') : t('result_classify_anyway')}
      </button>
      <div id="ltc-anyway" hidden={!shown}>
        <p class="ltc-meta">{t('result_anyway_intro')}</p>
        {children}
      </div>
    </div>
  );
}
