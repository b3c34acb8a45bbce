/**
 * When the input check says the image is not something the model can judge: the reason
 * first, the probabilities only behind "Classify anyway" (already computed: no round trip).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { InputCheck } from '../core/types';

export function NotAssessable({ check, headingLevel, children }: { check: InputCheck; headingLevel: 2 | 3; children: ComponentChildren }) {
  const [shown, setShown] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="ltc-not-assessable" data-testid="ltc-not-assessable">
      <Heading class="ltc-top">Not assessable: <span data-testid="ltc-check-reason">{check.reason}</span></Heading>
      <p class="ltc-meta">This does not look like an H&amp;E-stained tissue image the model was trained on; its answer would mean nothing.</p>
      <button type="button" class="ltc-link-button" aria-expanded={shown} aria-controls="ltc-anyway" data-testid="ltc-classify-anyway" onClick={() => setShown(!shown)}>
        {shown ? 'Hide the model’s answer' : 'Classify anyway'}
      </button>
      <div id="ltc-anyway" hidden={!shown}>
        <p class="ltc-meta">The model’s answer, which means little for an image like this:</p>
        {children}
      </div>
    </div>
  );
}
